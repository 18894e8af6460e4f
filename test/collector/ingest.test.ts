import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstImpression, post, removeDir, startCollector, whatWentWrong, type Running } from './helpers.js';

let app: Running;
beforeAll(async () => {
  app = await startCollector();
});
afterAll(async () => {
  await app.stop();
  removeDir(app.dir);
});

const rowCount = async (id: string) => ((await app.collector.store.get(id)) ? 1 : 0);

/**
 * Start an upload of `chunks` × 16 KiB and never finish it. If the server waited for the whole body it would never
 * answer and the test would time out; answering proves it stopped reading at the limit.
 */
function postAndNeverFinish(
  url: string,
  chunks: number,
  headers: Record<string, string | number> = {},
): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        hostname,
        port,
        path: '/api/feedback',
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
      },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body });
          req.destroy();
        });
      },
    );
    req.on('error', reject);
    for (let i = 0; i < chunks; i++) req.write(Buffer.alloc(16 * 1024, 'x'));
  });
}

describe('POST /api/feedback', () => {
  it('stores a new submission and acknowledges it with 201', async () => {
    const submission = firstImpression();
    const res = await post(app.url, submission);
    expect(res.status).toBe(201);
    const ack = await res.json();
    expect(ack).toEqual({ id: submission.id, status: 'stored', receivedAt: expect.any(String) });
    expect(Number.isNaN(Date.parse(ack.receivedAt))).toBe(false);
    expect(await rowCount(submission.id as string)).toBe(1);
  });

  it('answers a repeat with the original acknowledgement and stores it once', async () => {
    const submission = whatWentWrong();
    const first = await (await post(app.url, submission)).json();
    // The device retries after a lost acknowledgement, its JSON keys in another order.
    const reordered = Object.fromEntries(Object.entries(submission).reverse());
    const again = await post(app.url, reordered);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(first);
    expect(await rowCount(submission.id as string)).toBe(1);
  });

  it('refuses the same id with a different body (422) and keeps the original', async () => {
    const submission = firstImpression();
    await post(app.url, submission);
    const changed = { ...submission, answers: { overall: 'very-poor' } };
    const res = await post(app.url, changed);
    expect(res.status).toBe(422);
    expect((await res.json()).error).toMatch(/different submission/);
    const stored = await app.collector.store.get(submission.id as string);
    expect((stored?.body.answers as Record<string, string>).overall).toBe('good');
  });

  it('explains malformed JSON with 400', async () => {
    const res = await post(app.url, '{"id": "abc", ');
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/not valid JSON/);
  });

  it('names the wrong field with 400', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [firstImpression({ id: 'not-a-uuid' }), 'id', /UUID/],
      [firstImpression({ kind: 'complaint' }), 'kind', /first-impression, what-went-wrong/],
      [firstImpression({ survey: { id: 'first-impression' } }), 'survey.version', /string/],
      [firstImpression({ submittedAt: 'yesterday' }), 'submittedAt', /ISO 8601/],
      [firstImpression({ channel: 'fax' }), 'channel', /embed, kiosk/],
      [firstImpression({ answers: 'good' }), 'answers', /object/],
      [firstImpression({ answers: { overall: 'great' } }), 'answers.overall', /very-good/],
      [firstImpression({ practice: 'x'.repeat(201) }), 'practice', /at most 200/],
      [whatWentWrong({ answers: { contact: { method: 'pigeon' } } }), 'answers.contact.method', /phone/],
      [whatWentWrong({ answers: { details: 'x'.repeat(5001) } }), 'answers.details', /at most 5000/],
    ];
    for (const [body, path, message] of cases) {
      const res = await post(app.url, body);
      expect(res.status, path).toBe(400);
      const answer = await res.json();
      expect(answer.path).toBe(path);
      expect(answer.error).toMatch(new RegExp(`^${path.replace(/[.[\]]/g, '\\$&')}: `));
      expect(answer.error).toMatch(message);
    }
  });

  it('accepts a what-went-wrong submission whose contact was withheld (empty strings)', async () => {
    const res = await post(app.url, whatWentWrong({}, false));
    expect(res.status).toBe(201);
  });

  it('keeps markup, emoji, right-to-left and CJK text exactly as sent', async () => {
    const details = '<script>alert(1)</script> 😀 مرحبا 你好';
    const submission = whatWentWrong({ answers: { details } });
    expect((await post(app.url, submission)).status).toBe(201);
    const stored = await app.collector.store.get(submission.id as string);
    expect((stored?.body.answers as Record<string, string>).details).toBe(details);
  });

  it('refuses an Idempotency-Key that is not the submission id', async () => {
    const res = await post(app.url, firstImpression(), { 'Idempotency-Key': '00000000-0000-4000-8000-000000000000' });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/Idempotency-Key/);
  });

  it('refuses a body that is not JSON by content type (415)', async () => {
    const res = await post(app.url, JSON.stringify(firstImpression()), { 'Content-Type': 'text/plain' });
    expect(res.status).toBe(415);
  });

  it('refuses a 5 MB body with 413 from its Content-Length and keeps serving', async () => {
    const huge = JSON.stringify(firstImpression({ answers: { details: 'x'.repeat(5 * 1024 * 1024) } }));
    const res = await post(app.url, huge);
    expect(res.status).toBe(413);
    const health = await fetch(`${app.url}/api/health`);
    expect(await health.json()).toEqual({ ok: true });
    expect((await post(app.url, firstImpression())).status).toBe(201);
  });

  it('refuses a declared 5 MB body before reading it', async () => {
    const res = await postAndNeverFinish(app.url, 1, { 'Content-Length': 5 * 1024 * 1024 });
    expect(res.status).toBe(413);
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
  });

  it('answers 413 to Expect: 100-continue without asking for the body', async () => {
    const { hostname, port } = new URL(app.url);
    const outcome = await new Promise<{ status: number; askedForBody: boolean }>((resolve, reject) => {
      let askedForBody = false;
      const req = request({
        hostname,
        port,
        path: '/api/feedback',
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': 5 * 1024 * 1024, Expect: '100-continue' },
      });
      req.on('continue', () => (askedForBody = true));
      req.on('response', (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, askedForBody });
        req.destroy();
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(outcome).toEqual({ status: 413, askedForBody: false });
  });

  it('stops reading a chunked upload as soon as it passes the limit', async () => {
    const before = await app.collector.store.count();
    // 80 KiB sent, no Content-Length, the upload left open: the server must count while streaming.
    const res = await postAndNeverFinish(app.url, 5);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error).toMatch(/larger than 65536 bytes/);
    expect(await app.collector.store.count()).toBe(before);
    expect((await post(app.url, firstImpression())).status).toBe(201);
  });

  it('never writes answers to the log', async () => {
    const submission = whatWentWrong({ answers: { details: 'secret-canary-words' } });
    await post(app.url, submission);
    const logText = app.logs.join('\n');
    expect(logText).toContain(submission.id as string);
    expect(logText).not.toContain('secret-canary-words');
    expect(logText).not.toContain('555-0142');
  });

  it('answers GET /api/health', async () => {
    const res = await fetch(`${app.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
