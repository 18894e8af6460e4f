/**
 * The mailer: a background job that sends the e-mails due through SMTP_URL (nodemailer) — at start, every `pollMs`
 * and at once when something is queued (`wake`). A new connection for each run, closed after it: a pooled connection
 * gone stale after a few quiet days cannot stop alerts. With several collector processes on one PostgreSQL database
 * one of them sends at a time (the `mail` claim). A failure is kept with the e-mail and tried again on the outbox's
 * schedule; the log names the address's e-mail id, never its words.
 */
import nodemailer from 'nodemailer';
import type { Claims } from '../store/claim.js';
import { startClaimedJob } from '../store/claimed-job.js';
import type { MailOutbox } from './mail-outbox.js';

export interface MailerOptions {
  pollMs?: number;
  /** How long to wait for the mail server at each step; default 30 s. */
  timeoutMs?: number;
}

const BATCH = 50;

export function startMailer(
  outbox: MailOutbox,
  smtp: { url: string; from: string },
  claims: Claims,
  log: (line: string) => void,
  options: MailerOptions = {},
) {
  const timeoutMs = options.timeoutMs ?? 30_000;
  let closing = false;

  async function sendDue(): Promise<void> {
    let due = await outbox.due(BATCH);
    if (!due.length) return;
    const url = new URL(smtp.url);
    const transport = nodemailer.createTransport({
      host: url.hostname,
      port: Number(url.port) || (url.protocol === 'smtps:' ? 465 : 587),
      secure: url.protocol === 'smtps:',
      ...(url.username
        ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
        : {}),
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    });
    try {
      while (due.length && !closing) {
        for (const mail of due) {
          if (closing) return;
          try {
            await transport.sendMail({ from: smtp.from, to: mail.to, subject: mail.subject, text: mail.text });
            await outbox.sent(mail.id);
          } catch (error) {
            const outcome = await outbox.failed(mail, (error as Error).message);
            log(
              `E-mail ${mail.id} could not be sent (${outcome === 'retry' ? 'tried again later' : 'given up'}): ${(error as Error).message}`,
            );
          }
        }
        due = due.length < BATCH ? [] : await outbox.due(BATCH);
      }
    } finally {
      transport.close();
    }
  }

  const job = startClaimedJob(claims, 'mail', sendDue, {
    everyMs: options.pollMs ?? 15_000,
    log,
    failure: 'E-mails could not be sent',
  });
  return {
    wake: job.wake,
    async stop() {
      closing = true;
      await job.halt();
    },
  };
}
