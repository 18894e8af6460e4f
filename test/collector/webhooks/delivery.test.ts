/**
 * Signed webhooks over real HTTP, on SQLite and PostgreSQL: a practice's system (receiver.ts) verifies every delivery
 * with the official `standardwebhooks` package. A patient's submission reaches it signed; a receiver failing, hanging
 * or gone; a restart with messages waiting; a rotation of the secret; "send again"; WEBHOOK_URL provisioning. The
 * schedule is shortened to milliseconds (the spec's own is checked in rules.test.ts).
 */
import { Webhook } from 'standardwebhooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  WebhookBody,
  WebhookEndpoint,
  WebhookEndpointWithSecret,
  WebhookMessageDetail,
  WebhookMessagePage,
} from '../../../src/core/webhooks-api.js';
import { newWebhookSecret } from '../../../collector/webhooks/secrets.js';
import type { CollectorOptions } from '../../../collector/http/server.js';
import { engines, type TestDatabase } from '../engines.js';
import { firstImpression, post, startCollector, whatWentWrong, type Running, until } from '../helpers.js';
import { startReceiver, type Receiver } from './receiver.js';

const FAST = { schedule: [150, 150, 150, 150], timeoutMs: 400, pollMs: 100, random: () => 0.5, stopGraceMs: 300 };

describe.each(engines)('signed webhooks on $name', (engine) => {
  let database: TestDatabase;
  let app: Running | undefined;
  let receiver: Receiver;

  async function start(options: Partial<CollectorOptions> = {}) {
    const { dataDir, databaseUrl } = database.settings;
    app = await startCollector({
      dataDir,
      ...(databaseUrl ? { databaseUrl } : {}),
      retentionEveryMs: false,
      resultsEveryMs: false,
      publicUrl: new URL('http://127.0.0.1'),
      webhookOptions: FAST,
      ...options,
    });
    return app;
  }

  const api = (path: string, body?: unknown) =>
    app!.staffFetch(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': app!.staff.csrf },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  async function json<T>(res: Response | Promise<Response>, status = 200): Promise<T> {
    const answer = await res;
    expect(answer.status, await answer.clone().text()).toBe(status);
    return (await answer.json()) as T;
  }
  const addEndpoint = (body: Record<string, unknown> = {}) =>
    json<WebhookEndpointWithSecret>(api('/api/staff/webhooks', { url: receiver.url, ...body }), 201);
  const messages = (endpoint: string) =>
    json<WebhookMessagePage>(api(`/api/staff/webhooks/${endpoint}/messages`)).then((p) => p.messages);
  const detail = (endpoint: string, id: string) =>
    json<WebhookMessageDetail>(api(`/api/staff/webhooks/${endpoint}/messages/${id}`));

  beforeEach(async () => {
    if (engine.skip) return;
    database = await engine.newDatabase();
    receiver = await startReceiver();
  });
  afterEach(async () => {
    await app?.stop();
    app = undefined;
    await receiver?.close();
    await database?.remove();
  });

  it.skipIf(engine.skip)(
    "sends a patient's submission signed, ids and no words; a repeat is not sent again",
    async () => {
      await start();
      const { endpoint, secret } = await addEndpoint();
      receiver.secrets.push(secret);
      const submission = whatWentWrong({ location: 'front-desk' });
      expect((await post(app!.url, submission)).status).toBe(201);
      await receiver.waitFor(2);
      expect((await post(app!.url, submission)).status).toBe(200);
      const delivered = receiver.accepted();
      expect(delivered.map((d) => JSON.parse(d.body).type as string).sort()).toEqual([
        'case.created',
        'submission.created',
      ]);
      for (const d of delivered) {
        expect(d.verifiedWith).toEqual([secret]);
        expect(d.id).toMatch(/^msg_/);
        expect(Math.abs(d.timestamp - Date.now() / 1000)).toBeLessThan(5);
        expect(d.body).not.toMatch(/waited|555-0142/);
        const body = JSON.parse(d.body) as WebhookBody;
        expect(body.data).toMatchObject({
          submissionId: submission.id,
          reference: 'RC-7KQ2-9F',
          location: 'front-desk',
        });
        expect(body.data.link).toBe(`http://127.0.0.1/staff/submissions/${submission.id as string}`);
        // The receiver's library refuses a body changed on the way and an attempt replayed later.
        const hook = new Webhook(secret);
        expect(() => hook.verify(d.body.replace('front-desk', 'back-office'), d.headers)).toThrow();
        const old = { ...d.headers, 'webhook-timestamp': String(d.timestamp - 600) };
        expect(() => hook.verify(d.body, old)).toThrow(/timestamp/i);
      }
      await until(async () => (await messages(endpoint.id)).every((m) => m.status === 'delivered'), 'delivered');
      await new Promise((r) => setTimeout(r, 300));
      expect(receiver.deliveries).toHaveLength(2);
      expect(await messages(endpoint.id)).toHaveLength(2);
    },
  );

  it.skipIf(engine.skip)(
    "tells of a case's change: its status and which fields changed, never a note's words",
    async () => {
      await start();
      const { secret } = await addEndpoint({ types: ['case.updated'] });
      receiver.secrets.push(secret);
      const submission = whatWentWrong();
      expect((await post(app!.url, submission)).status).toBe(201);
      const changed = await api(`/api/staff/cases/${submission.id as string}`, {
        status: 'contacted',
        note: 'Called her back about the radiator',
      });
      expect(changed.status, await changed.clone().text()).toBe(200);
      await receiver.waitFor(1);
      const [delivered] = receiver.accepted();
      const body = JSON.parse(delivered!.body) as WebhookBody & { data: { changed: string[]; status: string } };
      expect(body.type).toBe('case.updated');
      expect(body.data).toMatchObject({ caseId: submission.id, status: 'contacted', changed: ['status', 'note'] });
      expect(delivered!.body).not.toMatch(/radiator|waited|555-0142/);
      // Saving the case again unchanged tells nothing new.
      await api(`/api/staff/cases/${submission.id as string}`, { status: 'contacted' });
      await new Promise((r) => setTimeout(r, 400));
      expect(receiver.deliveries).toHaveLength(1);
    },
  );

  it.skipIf(engine.skip)(
    'retries a receiver that answers 500 three times: one delivery, the same id, a fresh timestamp each',
    async () => {
      // Waits of a second, no jitter: each attempt falls in a later second, so each timestamp differs.
      await start({ webhookOptions: { ...FAST, schedule: [1000, 1000, 1000, 1000] } });
      const { endpoint, secret } = await addEndpoint({ types: ['submission.created'] });
      receiver.secrets.push(secret);
      receiver.answers.push(500, 500, 500);
      expect((await post(app!.url, firstImpression())).status).toBe(201);
      await receiver.waitFor(4);
      const ids = new Set(receiver.deliveries.map((d) => d.id));
      expect(ids.size).toBe(1);
      expect(receiver.deliveries.map((d) => d.answered)).toEqual([500, 500, 500, 200]);
      const stamps = receiver.deliveries.map((d) => d.timestamp);
      expect(new Set(stamps).size).toBe(4);
      expect(new Set(receiver.deliveries.map((d) => d.signatures[0])).size).toBe(4);
      const [message] = await messages(endpoint.id);
      await until(async () => (await detail(endpoint.id, message!.id)).message.status === 'delivered', 'delivered');
      const { attempts, message: last } = await detail(endpoint.id, message!.id);
      expect(attempts.map((a) => a.statusCode)).toEqual([500, 500, 500, 200]);
      expect(last).toMatchObject({ id: [...ids][0], attempts: 4, lastStatusCode: 200 });
      expect(receiver.accepted()).toHaveLength(1);
    },
  );

  it.skipIf(engine.skip)(
    'gives up on a receiver that hangs after the timeout, tries again, and fails after the last',
    async () => {
      await start();
      const { endpoint, secret } = await addEndpoint({ types: ['submission.created'] });
      receiver.secrets.push(secret);
      receiver.answers.push('hang', 503);
      expect((await post(app!.url, firstImpression())).status).toBe(201);
      await receiver.waitFor(3);
      const [message] = await messages(endpoint.id);
      await until(async () => (await detail(endpoint.id, message!.id)).message.status === 'delivered', 'delivered');
      const { attempts } = await detail(endpoint.id, message!.id);
      expect(attempts.map((a) => [a.statusCode, a.error])).toEqual([
        [null, 'no answer within 0.4 s'],
        [503, null],
        [200, null],
      ]);
      expect(attempts[0]!.durationMs).toBeGreaterThanOrEqual(390);

      // Five attempts in all (the schedule's four waits): then failed, and nothing more is sent.
      receiver.answers.push(500, 500, 500, 500, 500);
      expect((await post(app!.url, firstImpression())).status).toBe(201);
      await receiver.waitFor(8);
      const page = await messages(endpoint.id);
      await until(async () => (await detail(endpoint.id, page[0]!.id)).message.status === 'failed', 'failed');
      await new Promise((r) => setTimeout(r, 400));
      expect(receiver.deliveries).toHaveLength(8);
      expect((await detail(endpoint.id, page[0]!.id)).message).toMatchObject({ attempts: 5, lastStatusCode: 500 });
    },
  );

  it.skipIf(engine.skip)('turns an endpoint off when it answers 410 Gone, and queues nothing more for it', async () => {
    await start();
    const { endpoint, secret } = await addEndpoint({ types: ['submission.created'] });
    receiver.secrets.push(secret);
    receiver.answers.push(410);
    expect((await post(app!.url, firstImpression())).status).toBe(201);
    await receiver.waitFor(1);
    await until(async () => {
      const { endpoints } = await json<{ endpoints: WebhookEndpoint[] }>(api('/api/staff/webhooks'));
      return endpoints[0]?.enabled === false;
    }, 'the endpoint turned off');
    const { endpoints } = await json<{ endpoints: WebhookEndpoint[] }>(api('/api/staff/webhooks'));
    expect(endpoints[0]).toMatchObject({ enabled: false, disabledReason: 'answered 410 Gone' });
    expect((await post(app!.url, firstImpression())).status).toBe(201);
    await new Promise((r) => setTimeout(r, 400));
    expect(receiver.deliveries).toHaveLength(1);
    expect((await messages(endpoint.id)).map((m) => m.status)).toEqual(['stopped']);
    const audit = await app!.collector.signIn.audit.list({ action: 'webhook.disabled' });
    expect(audit[0]).toMatchObject({ target: endpoint.id, detail: { reason: 'answered 410 Gone' } });
  });

  it.skipIf(engine.skip)(
    'loses nothing across a restart: messages queued, or cut off mid-attempt, go out after it under their ids, once',
    async () => {
      // A collector whose receiver hangs (and which waits long for it): the attempts under way are cut off when it
      // stops, however slow the machine is between the submissions and the stop.
      await start({ webhookOptions: { ...FAST, timeoutMs: 60_000 } });
      const { endpoint, secret } = await addEndpoint({ types: ['submission.created'] });
      receiver.secrets.push(secret);
      receiver.answers.push('hang', 'hang');
      for (let i = 0; i < 2; i += 1) expect((await post(app!.url, firstImpression())).status).toBe(201);
      await receiver.waitFor(2);
      await app!.stop();
      expect(receiver.accepted()).toEqual([]);
      // Another with no sender at all: three more wait in the queue.
      await start({ webhookOptions: false });
      for (let i = 0; i < 3; i += 1) expect((await post(app!.url, firstImpression())).status).toBe(201);
      const queued = (await messages(endpoint.id)).map((m) => m.id).sort();
      expect(queued).toHaveLength(5);
      await app!.stop();

      await start();
      await until(() => Promise.resolve(receiver.accepted().length >= 5), 'five delivered');
      await new Promise((r) => setTimeout(r, 400));
      // Each once: the hung attempts were not recorded, so their messages went again under the same ids.
      const accepted = receiver.accepted().map((d) => d.id);
      expect(accepted.sort()).toEqual(queued);
      const hung = receiver.deliveries.filter((d) => d.answered === 'hung').map((d) => d.id);
      expect(hung).toHaveLength(2);
      expect(hung.every((id) => queued.includes(id))).toBe(true);
      expect((await messages(endpoint.id)).every((m) => m.status === 'delivered')).toBe(true);
    },
  );

  it.skipIf(engine.skip)(
    "a receiver that hangs holds up only its own messages: another endpoint's go past them",
    async () => {
      await start({ webhookOptions: { ...FAST, timeoutMs: 60_000 } });
      const hanging = await startReceiver();
      try {
        hanging.answers.push(...Array<'hang'>(12).fill('hang'));
        const stuck = await json<WebhookEndpointWithSecret>(
          api('/api/staff/webhooks', { url: hanging.url, types: ['submission.created'] }),
          201,
        );
        hanging.secrets.push(stuck.secret);
        const { secret } = await addEndpoint({ types: ['submission.created'] });
        receiver.secrets.push(secret);
        for (let i = 0; i < 12; i += 1) expect((await post(app!.url, firstImpression())).status).toBe(201);
        await until(() => Promise.resolve(receiver.accepted().length === 12), "the other endpoint's twelve");
        // Two attempts at once to the one that hangs; its other ten wait their turn, still due.
        expect(hanging.deliveries).toHaveLength(2);
        const waiting = await messages(stuck.endpoint.id);
        expect(waiting.filter((m) => m.status === 'pending')).toHaveLength(12);
      } finally {
        await app?.stop();
        app = undefined;
        await hanging.close();
      }
    },
  );

  it.skipIf(engine.skip)(
    'queues after a restart what a crash left stored but unqueued, once, and only what arrived after the endpoint',
    async () => {
      const before = firstImpression();
      await start();
      // Stored before the endpoint existed: never its to receive.
      await app!.collector.store.save(before as { id: string; kind: string });
      const { endpoint, secret } = await addEndpoint({ types: ['submission.created'] });
      receiver.secrets.push(secret);
      const sent = firstImpression();
      expect((await post(app!.url, sent)).status).toBe(201);
      await receiver.waitFor(1);
      await app!.stop();
      // A collector that died between a submission's commit and its messages: stored, nothing queued.
      await start({ webhookOptions: false });
      const lost = firstImpression();
      await app!.collector.store.save(lost as { id: string; kind: string });
      expect((await messages(endpoint.id)).map((m) => m.id)).toHaveLength(1);
      await app!.stop();

      await start();
      await receiver.waitFor(2);
      await new Promise((r) => setTimeout(r, 400));
      const ids = receiver.accepted().map((d) => (JSON.parse(d.body) as WebhookBody).data.submissionId);
      expect(ids).toEqual([sent.id, lost.id]);
    },
  );

  it.skipIf(engine.skip)(
    'rotates a secret: both verify while the receiver changes over; "send again" keeps the id',
    async () => {
      await start();
      const { endpoint, secret: old } = await addEndpoint({ types: ['submission.created'] });
      const rotated = await json<WebhookEndpointWithSecret>(
        api(`/api/staff/webhooks/${endpoint.id}/rotate-secret`, {}),
      );
      expect(rotated.secret).not.toBe(old);
      expect(Date.parse(rotated.endpoint.previousSecretUntil!) - Date.now()).toBeGreaterThan(23.9 * 3600_000);
      receiver.secrets.push(old, rotated.secret);
      expect((await post(app!.url, firstImpression())).status).toBe(201);
      await receiver.waitFor(1);
      expect(receiver.deliveries[0]!.signatures).toHaveLength(2);
      expect(receiver.deliveries[0]!.verifiedWith).toEqual([old, rotated.secret]);

      const [message] = await messages(endpoint.id);
      await until(async () => (await detail(endpoint.id, message!.id)).message.status === 'delivered', 'delivered');
      const again = await json<{ id: string; status: string }>(
        api(`/api/staff/webhooks/${endpoint.id}/messages/${message!.id}/send-again`, {}),
        202,
      );
      expect(again).toMatchObject({ id: message!.id, status: 'pending' });
      await receiver.waitFor(2);
      expect(receiver.deliveries[1]!.id).toBe(message!.id);
      await until(async () => (await detail(endpoint.id, message!.id)).attempts.length === 2, 'the second attempt');
      expect((await detail(endpoint.id, message!.id)).attempts.map((a) => a.trigger)).toEqual([
        'schedule',
        'send-again',
      ]);
      // The list never shows a secret.
      expect(JSON.stringify(await json(api('/api/staff/webhooks')))).not.toMatch(/whsec_/);
    },
  );

  it.skipIf(engine.skip)('provisions WEBHOOK_URL + WEBHOOK_SECRET once, shown as set by the environment', async () => {
    const secret = newWebhookSecret();
    receiver.secrets.push(secret);
    await start({ webhook: { url: receiver.url, secret } });
    await app!.restart().then((r) => (app = r));
    const { endpoints } = await json<{ endpoints: WebhookEndpoint[] }>(api('/api/staff/webhooks'));
    expect(endpoints).toHaveLength(1);
    expect(endpoints[0]).toMatchObject({ setBy: 'environment', url: receiver.url, practices: 'every', types: 'every' });
    expect((await post(app!.url, firstImpression())).status).toBe(201);
    await receiver.waitFor(1);
    expect(receiver.accepted()).toHaveLength(1);
    const refused = await api(`/api/staff/webhooks/${endpoints[0]!.id}`, { url: 'https://elsewhere.example/' });
    expect(refused.status).toBe(409);
    expect((await api(`/api/staff/webhooks/${endpoints[0]!.id}/rotate-secret`, {})).status).toBe(409);
  });
});
