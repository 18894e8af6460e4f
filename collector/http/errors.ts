/**
 * Failures a route or hook reports by throwing: a status, a short code for logs and tests, a message a person can
 * act on, and what else the answer needs (the path of a wrong field, Retry-After). One error handler
 * (error-handler.ts) turns them, and Fastify's own errors, into answers.
 */

export interface HttpErrorDetails {
  /** The field of the submission that is wrong (`answers.overall`), sent back as `path`. */
  path?: string;
  /** Headers the answer must carry (Retry-After, Allow, WWW-Authenticate). */
  headers?: Record<string, string>;
  /** Close the connection after answering: the body was not read, so the rest of an upload is not waited for. */
  close?: boolean;
}

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details: HttpErrorDetails = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Shorthands for the failures routes report most often. */
export const refuse = {
  badRequest: (code: string, message: string, path?: string) =>
    new HttpError(400, code, message, path === undefined ? {} : { path }),
  forbidden: (code: string, message: string) => new HttpError(403, code, message),
  notFound: (message = 'Not found.') => new HttpError(404, 'not-found', message),
  methodNotAllowed: (allow: string, message: string) =>
    new HttpError(405, 'method-not-allowed', message, { headers: { Allow: allow }, close: true }),
};
