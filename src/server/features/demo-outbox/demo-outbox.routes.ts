import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import { presentOutboxMessage } from './demo-outbox.presenter.ts';

export const outboxMessage = z
  .object({
    id: z.string(),
    channel: z.enum(['email', 'sms']),
    recipient: z.string(),
    subject: z.string().nullable(),
    textBody: z.string(),
    status: z.enum(['pending', 'sent', 'failed', 'kept']),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'OutboxMessage' });

/**
 * Demo mode only: every email and SMS the portal would have sent, so a newcomer can follow each flow without
 * a mail server. It is open without login on purpose (first-connection emails must be readable) and does not
 * exist at all outside demo mode.
 */
export function demoOutboxRoutes(app: RouteApp, { db, outbox, config }: AppContext): void {
  app.get(
    '/demo/outbox',
    {
      schema: {
        tags: ['Démonstration'],
        summary: 'Boîte de réception de démonstration (emails et SMS conservés)',
        response: { 200: z.object({ messages: z.array(outboxMessage) }), 404: errorBody },
      },
    },
    async () => {
      if (!config.demoMode) throw new AppError('NOT_FOUND');
      const messages = await outbox.listRecent(db);
      return { messages: messages.map(presentOutboxMessage) };
    },
  );
}
