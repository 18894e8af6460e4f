/**
 * POST /staff/cases/<id>: the inbox's no-JavaScript follow-up form (status + note + "Save").
 *
 *   303 → /staff/#case-<id>   saved; the browser goes back to that case in the inbox
 *   400 bad status, oversize note, unreadable body · 403 not from this server's own page (CSRF) · 404 no such case
 *   405 not POST · 413 body too large · 415 not a form
 * Staff auth is checked by the caller before this runs. Answers are plain text: a person reads them in a browser.
 * The log line names the case id and status, never the note.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseFollowUpForm } from './follow-up.js';
import { declaredTooLarge, readBody } from './read-body.js';
import { sendText } from './respond.js';
import { isSameOrigin } from './same-origin.js';
import type { SubmissionStore } from './store.js';

/** Room for a 1,000-character note even if every character is percent-encoded UTF-8, plus the status. */
const MAX_FORM_BYTES = 16 * 1024;

export const CASE_PATH = /^\/staff\/cases\/([^/]+)$/;

function isFormContentType(header: string | undefined): boolean {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded';
}

export async function saveFollowUp(
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  options: { store: SubmissionStore; log: (line: string) => void },
): Promise<void> {
  // The id comes from the parsed URL path, so it is percent-encoded: no spaces or line breaks reach the log.
  const done = (status: number) => options.log(`${req.method} /staff/cases/${id} ${status}`);
  const refuse = (status: number, message: string) => {
    // The body may be unread: close, so the rest of an upload is not waited for.
    res.setHeader('Connection', 'close');
    sendText(res, status, message);
    done(status);
  };
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return refuse(405, 'Use the Save button in the staff inbox.');
  }
  if (!isSameOrigin(req)) {
    return refuse(
      403,
      'Refused: this form must be sent from the staff inbox on this server. Open /staff/ and try again.',
    );
  }
  if (!isFormContentType(req.headers['content-type']))
    return refuse(415, 'Send the form as application/x-www-form-urlencoded.');
  if (declaredTooLarge(req, MAX_FORM_BYTES)) return refuse(413, 'The form is too large.');
  const body = await readBody(req, MAX_FORM_BYTES);
  if (!body.ok) {
    if (body.reason === 'aborted') return void res.destroy();
    return body.reason === 'too-large'
      ? refuse(413, 'The form is too large.')
      : refuse(400, 'The form could not be read.');
  }
  const form = parseFollowUpForm(body.text);
  if (!form.ok) return refuse(400, form.message);
  if (!options.store.setFollowUp(id, form.status, form.note))
    return refuse(404, 'No "what went wrong" case with that id.');
  res.writeHead(303, {
    Location: `/staff/#case-${encodeURIComponent(id)}`,
    'Content-Length': 0,
    'Cache-Control': 'no-store',
  });
  res.end();
  options.log(`POST /staff/cases/${id} 303 ${form.status}`);
}
