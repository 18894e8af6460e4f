/**
 * A practice's system receiving webhooks, in the test: a node:http server that verifies every delivery with the
 * official `standardwebhooks` package (someone else's reading of the spec) before it answers. What it answers is
 * told to it by the test, one answer per delivery in turn (`500`, `hang`, `410`…), then 200s.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Delivery {
  id: string;
  timestamp: number;
  signatures: string[];
  body: string;
  headers: Record<string, string>;
  /** Which of the receiver's secrets verified it (none: it was refused with 401). */
  verifiedWith: string[];
  answered: number | 'hung';
}

export type Answer = number | 'hang';

export interface Receiver {
  url: string;
  deliveries: Delivery[];
  /** Deliveries it accepted (answered 2xx), as the receiver's own records hold them. */
  accepted(): Delivery[];
  /** The answers to give next, in turn; after them, 200. */
  answers: Answer[];
  /** The secrets it verifies with; a delivery any of them verifies is accepted. */
  secrets: string[];
  /** Resolves once `count` deliveries have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
  });

export async function startReceiver(secrets: string[] = []): Promise<Receiver> {
  const hanging: ServerResponse[] = [];
  const receiver: Receiver = {
    url: '',
    deliveries: [],
    accepted: () => receiver.deliveries.filter((d) => typeof d.answered === 'number' && d.answered < 300),
    answers: [],
    secrets,
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (receiver.deliveries.length < count) {
        if (Date.now() > deadline) {
          throw new Error(`The receiver got ${receiver.deliveries.length} deliveries, not ${count}.`);
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () =>
      new Promise((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server = createServer((req, res) => {
    void read(req).then((body) => {
      const headers = Object.fromEntries(
        ['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((h) => [h, String(req.headers[h] ?? '')]),
      );
      const verifiedWith = receiver.secrets.filter((secret) => {
        try {
          new Webhook(secret).verify(body, headers);
          return true;
        } catch {
          return false;
        }
      });
      const next = receiver.answers.shift() ?? 200;
      const delivery: Delivery = {
        id: headers['webhook-id']!,
        timestamp: Number(headers['webhook-timestamp']),
        signatures: headers['webhook-signature']!.split(' '),
        body,
        headers,
        verifiedWith,
        answered: next === 'hang' ? 'hung' : verifiedWith.length ? next : 401,
      };
      receiver.deliveries.push(delivery);
      if (next === 'hang') return void hanging.push(res);
      res.writeHead(delivery.answered as number, { 'Content-Type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/feedback`;
  return receiver;
}
