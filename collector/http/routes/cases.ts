/**
 * POST /staff/cases/<id>: the inbox's no-JavaScript follow-up form (status + note + "Save").
 *
 *   303 → /staff/#case-<id>   saved; the browser goes back to that case in the inbox
 *   400 bad status or oversize note · 403 not sent from this collector's own page (CSRF) · 404 no such case
 *   405 not POST · 413 form over 16 KiB · 415 not a form
 * Staff only (checked first; a signed-in person's form also carries the session's CSRF token), answers in plain
 * text: a person reads them in a browser. The log names the case id and the status, never the note; the audit trail
 * names who changed it.
 */
import formBody from '@fastify/formbody';
import type { FastifyInstance } from 'fastify';
import { parseFollowUpForm } from '../../follow-up.js';
import { HttpError, refuse } from '../errors.js';
import { isFromOwnPage, type OriginPolicy } from '../origins.js';
import { actorOf, csrfChecked, practicesOf, staffOnly, type StaffAccess } from '../staff-session.js';

/** Room for a 1,000-character note even if every character is percent-encoded UTF-8, plus the status. */
const MAX_FORM_BYTES = 16 * 1024;

export interface CaseOptions {
  access: StaffAccess;
  origins: OriginPolicy;
}

const CASE_ID = { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 100 } } } as const;

export async function caseRoutes(app: FastifyInstance, options: CaseOptions): Promise<void> {
  // Only a form is read here; JSON and anything else is a 415 before its body is read.
  app.removeAllContentTypeParsers();
  await app.register(formBody, { bodyLimit: MAX_FORM_BYTES });

  const config = {
    answers: 'text' as const,
    refusals: { tooLarge: 'The form is too large.', wrongType: 'Send the form as application/x-www-form-urlencoded.' },
  };
  app.post<{ Params: { id: string }; Body: Record<string, unknown> }>('/staff/cases/:id', {
    config,
    bodyLimit: MAX_FORM_BYTES,
    schema: { params: CASE_ID },
    // Before the body is read: who is asking, and from which page.
    onRequest: [
      staffOnly(options.access),
      (request, _reply, next) => {
        if (isFromOwnPage(request, options.origins)) return next();
        next(
          new HttpError(
            403,
            'foreign-origin',
            'Refused: this form must be sent from the staff inbox on this server. Open /staff/ and try again.',
            { close: true },
          ),
        );
      },
    ],
    // Once the body is read: a signed-in person's form carries its session's CSRF token.
    preHandler: csrfChecked,
    handler: async (request, reply) => {
      const { id } = request.params;
      const form = parseFollowUpForm(request.body ?? {});
      if (!form.ok) throw refuse.badRequest('bad-form', form.message);
      // A case of a practice this person does not see is, for them, no case at all.
      if (!(await app.store.setFollowUp(id, form.status, form.note, undefined, practicesOf(request)))) {
        throw refuse.notFound('No "what went wrong" case with that id.');
      }
      await options.access.signIn.audit.record(actorOf(request), 'case updated', id, {
        status: form.status,
        noteLength: form.note.length,
      });
      request.logDetail = ` ${form.status}`;
      return reply
        .code(303)
        .header('Location', `/staff/#case-${encodeURIComponent(id)}`)
        .header('Cache-Control', 'no-store')
        .send();
    },
  });
  app.route({
    method: ['GET', 'PUT', 'PATCH', 'DELETE'],
    url: '/staff/cases/:id',
    config,
    onRequest: staffOnly(options.access),
    handler: () => {
      throw refuse.methodNotAllowed('POST', 'Use the Save button in the staff inbox.');
    },
  });
}
