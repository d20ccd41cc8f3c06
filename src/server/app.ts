import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { activationRequestRoutes } from './features/activation-requests/activation-requests.routes.ts';
import { agendaRoutes } from './features/agenda/agenda.routes.ts';
import { authRoutes } from './features/auth/auth.routes.ts';
import { clientAccessRoutes } from './features/client-access/client-access.routes.ts';
import { collectionsRoutes } from './features/collections/collections.routes.ts';
import { contactRequestRoutes } from './features/contact-requests/contact-requests.routes.ts';
import { contractsRoutes } from './features/contracts/contracts.routes.ts';
import { councilRoutes } from './features/council/council.routes.ts';
import { demoOutboxRoutes } from './features/demo-outbox/demo-outbox.routes.ts';
import { documentRoutes } from './features/documents/documents.routes.ts';
import { fundsCallsRoutes } from './features/funds-calls/funds-calls.routes.ts';
import { healthRoutes } from './features/health/health.routes.ts';
import { landlordStatementsRoutes } from './features/landlord-statements/landlord-statements.routes.ts';
import { ledgerRoutes } from './features/ledger/ledger.routes.ts';
import { meRoutes } from './features/me/me.routes.ts';
import { notificationRoutes } from './features/notifications/notifications.routes.ts';
import { passkeyRoutes } from './features/passkeys/passkeys.routes.ts';
import { passwordRoutes } from './features/password/password.routes.ts';
import { paymentsRoutes } from './features/payments/payments.routes.ts';
import { profileDetailsRoutes } from './features/profile-details/profile-details.routes.ts';
import { propertiesRoutes } from './features/properties/properties.routes.ts';
import { rentRoutes } from './features/rent/rent.routes.ts';
import { securityRoutes } from './features/security/security.routes.ts';
import { sepaMandatesRoutes } from './features/sepa-mandates/sepa-mandates.routes.ts';
import { socialLoginRoutes } from './features/social-login/social-login.routes.ts';
import { authentication } from './platform/auth/authentication.ts';
import { AppError } from './platform/errors.ts';
import { registerErrorHandling } from './platform/http/error-handler.ts';
import type { AppContext, RouteApp } from './platform/http/types.ts';
import { Outbox } from './platform/messaging/outbox.ts';
import type { FileStorage } from './platform/storage/file-storage.ts';
import { storageFromConfig } from './platform/storage/storage-from-config.ts';
import { UPLOAD_LIMITS } from './platform/storage/uploads.ts';

// Validation messages in French: they reach people through the `message` of VALIDATION_FAILED.
z.config(z.locales.fr());

export interface BuildAppOptions {
  config: Config;
  db: Database;
  outbox?: Outbox;
  /** Where uploaded files go; by default as configured (`STORAGE_DRIVER`: the folder `DATA_DIR/files` or S3). */
  storage?: FileStorage;
  /** `false` silences the logs (most tests); otherwise the production log settings are used. */
  logger?: false;
  /** Where log lines go (standard output by default); tests read them to check what is never written. */
  logDestination?: NodeJS.WritableStream;
}

/** Both `src/server` and the compiled `dist/server` sit two levels below the project root. */
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const webRoot = path.join(projectRoot, 'dist', 'web');

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, db } = options;
  const app = Fastify({
    logger: options.logger ?? loggerOptions(config, options.logDestination),
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w.-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    },
    trustProxy: config.nodeEnv === 'production',
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Mantine sets styles at run time (CSS variables, style attributes).
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    strictTransportSecurity: config.secureCookies,
  });
  await app.register(cookie);
  // Uploads are read part by part by the routes that accept them (`readMultipartForm`); the size of each
  // file is checked there, so that the refusal can name the file.
  await app.register(multipart, {
    throwFileSizeLimit: false,
    limits: {
      fileSize: UPLOAD_LIMITS.fileSizeBytes,
      files: UPLOAD_LIMITS.files,
      fields: UPLOAD_LIMITS.fields,
      fieldSize: UPLOAD_LIMITS.fieldSizeBytes,
    },
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new AppError('RATE_LIMITED', undefined, { retryAfterSeconds: Math.max(1, Math.ceil(context.ttl / 1000)) }),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'API Palier',
        description:
          'API du portail client Palier : espace client des copropriétaires, bailleurs et locataires, et back-office des agences.',
        version: '0.1.0',
      },
      servers: [{ url: config.publicUrl }],
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'palier_session' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  await app.register(authentication, { db, config });

  const context: AppContext = {
    config,
    db,
    outbox: options.outbox ?? new Outbox({ demoMode: config.demoMode }),
    storage: options.storage ?? storageFromConfig(config),
  };
  await app.register(
    async (api) => {
      const routes = api.withTypeProvider<ZodTypeProvider>() as RouteApp;
      healthRoutes(routes, context);
      authRoutes(routes, context);
      meRoutes(routes, context);
      securityRoutes(routes, context);
      propertiesRoutes(routes, context);
      ledgerRoutes(routes, context);
      rentRoutes(routes, context);
      sepaMandatesRoutes(routes, context);
      profileDetailsRoutes(routes, context);
      contractsRoutes(routes, context);
      fundsCallsRoutes(routes, context);
      paymentsRoutes(routes, context);
      landlordStatementsRoutes(routes, context);
      collectionsRoutes(routes, context);
      councilRoutes(routes, context);
      documentRoutes(routes, context);
      passwordRoutes(routes, context);
      clientAccessRoutes(routes, context);
      passkeyRoutes(routes, context);
      socialLoginRoutes(routes, context);
      activationRequestRoutes(routes, context);
      notificationRoutes(routes, context);
      contactRequestRoutes(routes, context);
      agendaRoutes(routes, context);
      demoOutboxRoutes(routes, context);
      routes.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    },
    { prefix: '/api' },
  );

  await serveWebClient(app);
  return app;
}

/** The built PWA, with every unknown non-API path answered by its index page (client-side routing). */
async function serveWebClient(app: FastifyInstance): Promise<void> {
  const hasWebBuild = existsSync(path.join(webRoot, 'index.html'));
  if (hasWebBuild) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: 'index.html' });
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/') && hasWebBuild;
    if (wantsPage) return reply.type('text/html').sendFile('index.html');
    throw new AppError('NOT_FOUND');
  });
}

function loggerOptions(config: Config, destination: NodeJS.WritableStream | undefined): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    ...(destination ? { stream: destination } : {}),
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], censor: '[masqué]' },
    serializers: {
      // One-time tokens travel in links; they never reach the logs.
      req: (request) => ({
        method: request.method,
        url: request.url.replace(/([?&](?:token|jeton|code|password)=)[^&]*/gi, '$1[masqué]'),
        remoteAddress: request.ip,
      }),
    },
  };
}

export type { RouteApp };
