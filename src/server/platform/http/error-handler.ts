import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, type ErrorCode, errorCatalogue, type FieldProblem } from '../errors.ts';

/** The body of every error answer, documented once in the OpenAPI document. */
export const errorBody = z
  .object({
    code: z.string().meta({ description: "Code stable de l'erreur, pour les clients de l'API (ex. VALIDATION_FAILED)" }),
    message: z.string().meta({ description: "Message en français, à montrer à l'utilisateur" }),
    details: z
      .object({
        fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
        retryAfterSeconds: z.number().optional(),
      })
      .catchall(z.unknown())
      .optional(),
  })
  .meta({ id: 'Error' });

/** Maps every failure to `{code, message, details}` with the status of its code: the one place that does. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.code === 'INTERNAL') {
      request.log.error({ err: error }, 'unexpected error');
    } else if (appError.status >= 500) {
      request.log.warn({ err: error, code: appError.code }, 'service unavailable');
    }
    if (appError.details?.retryAfterSeconds) reply.header('retry-after', String(appError.details.retryAfterSeconds));
    return reply.status(appError.status).send({ code: appError.code, message: appError.message, details: appError.details });
  });
}

function toAppError(error: FastifyError): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = error.validationContext ?? 'body';
    const fields: FieldProblem[] = error.validation.map((problem) => ({
      field: problem.instancePath.replace(/^\//, '').replaceAll('/', '.') || context,
      message: problem.message ?? 'valeur invalide',
    }));
    const summary = fields.map((problem) => `${problem.field} : ${problem.message}`).join(' ; ');
    return new AppError('VALIDATION_FAILED', `${errorCatalogue.VALIDATION_FAILED.message} ${summary}`, { fields });
  }
  if (isResponseSerializationError(error)) return new AppError('INTERNAL');
  // Errors raised by Fastify itself and its plugins before our code runs (bad JSON, body too large…).
  const byFastifyCode: Partial<Record<string, ErrorCode>> = {
    FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_REQUEST',
    FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_REQUEST',
    FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
    FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  };
  const mapped = error.code ? byFastifyCode[error.code] : undefined;
  if (mapped) return new AppError(mapped);
  if (error.statusCode === 429) return new AppError('RATE_LIMITED');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return new AppError('BAD_REQUEST');
  return new AppError('INTERNAL');
}
