import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import type { Outbox } from '../messaging/outbox.ts';
import type { FileStorage } from '../storage/file-storage.ts';

/** The Fastify instance routes are declared on: zod schemas type every input and output. */
export type RouteApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What a feature needs from the platform, handed to its routes when the app is built. */
export interface AppContext {
  config: Config;
  db: Database;
  outbox: Outbox;
  storage: FileStorage;
}
