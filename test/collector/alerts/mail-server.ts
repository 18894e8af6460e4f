/**
 * A practice's mail server, in the test: the `smtp-server` package receiving over real SMTP, each message parsed
 * with `mailparser` (someone else's reading of the format). It can refuse the next messages (`refuse`), as a mail
 * server that is down or over quota does, with a temporary 451.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface MailServer {
  url: string;
  received: ParsedMail[];
  /** How many of the next messages to refuse with 451. */
  refuse: number;
  refused: number;
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

export async function startMailServer(): Promise<MailServer> {
  const mail: MailServer = {
    url: '',
    received: [],
    refuse: 0,
    refused: 0,
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (mail.received.length < count) {
        if (Date.now() > deadline)
          throw new Error(`The mail server got ${mail.received.length} e-mails, not ${count}.`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return mail.received;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      if (mail.refuse > 0) {
        mail.refuse -= 1;
        mail.refused += 1;
        stream.resume();
        stream.on('end', () =>
          callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 })),
        );
        return;
      }
      simpleParser(stream)
        .then((parsed) => {
          mail.received.push(parsed);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  mail.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return mail;
}
