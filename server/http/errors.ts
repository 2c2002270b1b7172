import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isMessageKey, type MessageKey } from '../../shared/messages.js';
import { messageFor, pickLocale } from './messages.js';

export type ErrorCode =
  | 'invalid_input'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'gone'
  | 'too_many_requests'
  | 'payload_too_large'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  too_many_requests: 429,
  internal: 500,
};

/** A field's error: where, and the key of its text. */
export interface FieldError {
  path: string;
  message: MessageKey;
}

/** The one error type services throw. `messageKey` names a text of the catalogue in shared/messages.ts. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey = code,
    readonly fieldErrors?: FieldError[],
  ) {
    super(messageKey);
  }
  get status(): number {
    return STATUS[this.code];
  }
}

export const notFound = (what: MessageKey = 'not_found') => new AppError('not_found', what);
export const forbidden = (why: MessageKey = 'forbidden') => new AppError('forbidden', why);
export const conflict = (why: MessageKey) => new AppError('conflict', why);
export const invalid = (path: string, message: MessageKey) => new AppError('invalid_input', 'invalid_input', [{ path, message }]);

function send(reply: FastifyReply, req: FastifyRequest, err: AppError) {
  const locale = pickLocale(req.headers['accept-language']);
  const errors = err.fieldErrors?.map((e) => ({ path: e.path, message: e.message }));
  const detail = errors?.length
    ? `${messageFor(err.messageKey, locale)} ${errors.map((e) => `${e.path}: ${messageFor(e.message, locale)}`).join('; ')}`
    : messageFor(err.messageKey, locale);
  return reply
    .status(err.status)
    .type('application/problem+json')
    .send({
      type: `https://impact-monitor.example/problems/${err.code}`,
      title: messageFor(err.code, locale),
      status: err.status,
      code: err.messageKey,
      detail,
      ...(errors ? { errors } : {}),
    });
}

/** Renders every error as application/problem+json in one place; unknown errors never echo their message. */
export function registerErrorHandling(app: FastifyInstance, serveWeb: boolean) {
  app.setErrorHandler((error: FastifyError | AppError, req, reply) => {
    if (error instanceof AppError) return send(reply, req, error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fieldErrors = error.validation.map((v) => {
        const path = String(v.instancePath ?? '')
          .replace(/^\//, '')
          .replaceAll('/', '.');
        const where = error.validationContext === 'body' ? path : [error.validationContext, path].filter(Boolean).join('.');
        return { path: where || String(error.validationContext ?? ''), message: zodMessageKey(v.message) };
      });
      return send(reply, req, new AppError('invalid_input', 'invalid_input', fieldErrors));
    }
    const status = (error as FastifyError).statusCode ?? 500;
    if (status === 429) return send(reply, req, new AppError('too_many_requests'));
    if (status === 413) return send(reply, req, new AppError('payload_too_large'));
    if (status >= 400 && status < 500) {
      // Fastify's own client errors: malformed JSON, unsupported media type, empty body
      return send(reply, req, new AppError('invalid_input', clientErrorKey((error as FastifyError).code)));
    }
    req.log.error({ err: error }, 'unhandled error');
    return send(reply, req, new AppError('internal'));
  });

  app.setNotFoundHandler((req, reply) => {
    // the web app routes in the browser: its pages all load index.html
    const isPage = (req.method === 'GET' || req.method === 'HEAD') && !req.url.startsWith('/api/') && req.url !== '/api';
    if (serveWeb && isPage) return reply.type('text/html').sendFile('index.html');
    return send(reply, req, new AppError('not_found', 'route_not_found'));
  });
}

function zodMessageKey(message: string | undefined): MessageKey {
  // our schemas carry the keys of their texts; zod's built-in messages (types, enums) get a generic one
  return isMessageKey(message) ? message : 'validation.invalid';
}

function clientErrorKey(code: string | undefined): MessageKey {
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return 'unsupported_media_type';
  if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return 'empty_body';
  return 'malformed_request';
}
