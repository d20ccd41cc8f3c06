import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import { SESSION_COOKIE } from './session-tokens.ts';
import { resumeSession } from './sessions.ts';
import type { Viewer } from './viewer.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when the request carries a live session cookie. Routes ask `policy` what it may do. */
    viewer: Viewer | undefined;
  }
}

/** Reads the session cookie on every request and resolves it to a viewer. */
export const authentication = fp(async (app: FastifyInstance, options: { db: Database; config: Config }) => {
  const context = { secret: options.config.sessionSecret };
  app.decorateRequest('viewer', undefined);
  app.addHook('onRequest', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await resumeSession(options.db, context, token);
    if (!session) {
      clearSessionCookie(reply, options.config);
      return;
    }
    const { accountId, id: sessionId, personId, staffMemberId, staffAgencyId } = session;
    if (personId) request.viewer = { kind: 'client', accountId, sessionId, personId };
    else if (staffMemberId && staffAgencyId)
      request.viewer = { kind: 'staff', accountId, sessionId, staffMemberId, agencyId: staffAgencyId };
  });
});

export function setSessionCookie(reply: FastifyReply, config: Config, token: string, persistentUntil: Date | undefined): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    // Without an expiry the browser drops the cookie when it closes: the default unless "Rester connecté".
    ...(persistentUntil ? { expires: persistentUntil } : {}),
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: config.secureCookies });
}
