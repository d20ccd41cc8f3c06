import type { FastifyRequest } from 'fastify';

/** Where a request came from, as the audit trail and the list of devices record it. */
export interface Evidence {
  ipAddress: string;
  userAgent: string | null;
}

export const evidenceOf = (request: Pick<FastifyRequest, 'ip' | 'headers'>): Evidence => ({
  ipAddress: request.ip,
  userAgent: typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'] : null,
});
