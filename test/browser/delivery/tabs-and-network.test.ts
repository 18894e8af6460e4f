/// <reference types="mocha" />
// The tablet loses its network, the page reloads with answers waiting, a tab closes mid-send, two tabs send at once.
// Tabs are same-origin iframes running fixtures/outbox-page.ts; they share the real IndexedDB outbox and Web Lock.
import { expect } from 'chai';
import { configureDelivery, deliver, outboxStatus, startDelivery } from '../../../src/delivery/index.js';
import { flush } from '../../../src/delivery/flush.js';
import { enqueue } from '../../../src/delivery/outbox-store.js';
import {
  endpointFor,
  freshOutbox,
  makeSubmission,
  newBucket,
  postsPerId,
  received,
  script,
  sorted,
  storedIds,
  waitFor,
  waitForStored,
} from './helpers.js';

interface PageReport {
  source: 'outbox-page';
  name: string;
  action: string;
  results: unknown;
}

const FIXTURE = new URL('./fixtures/outbox-page.html', import.meta.url).pathname;

/** Opens a "tab" and resolves with its first report (or, for a tab we will close mid-send, right away). */
function openTab(
  params: Record<string, string>,
  waitForReport = true,
): { frame: HTMLIFrameElement; report: Promise<PageReport> } {
  const frame = document.createElement('iframe');
  frame.src = `${FIXTURE}?${new URLSearchParams(params)}`;
  const report = new Promise<PageReport>((resolve) => {
    const onMessage = (event: MessageEvent) => {
      const data = event.data as PageReport;
      if (data?.source === 'outbox-page' && data.name === params.name && event.source === frame.contentWindow) {
        window.removeEventListener('message', onMessage);
        resolve(data);
      }
    };
    window.addEventListener('message', onMessage);
  });
  document.body.append(frame);
  if (!waitForReport) void report;
  return { frame, report };
}

describe('delivery across network loss, reloads and tabs', () => {
  let stop: (() => void) | undefined;
  const frames: HTMLIFrameElement[] = [];

  afterEach(() => {
    stop?.();
    stop = undefined;
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('sends what was queued while offline as soon as the network comes back', async () => {
    // A long backoff, so only the `online` event can explain a prompt delivery.
    freshOutbox({ baseDelayMs: 60_000, maxDelayMs: 60_000 });
    const bucket = newBucket('offline-online');
    // Chromium transparently resends once on a reset connection, so the network stays down until we say it is back.
    await script(bucket, Array(10).fill('offline'));
    stop = startDelivery({ intervalMs: 60_000 });
    const first = makeSubmission();
    const second = makeSubmission();
    expect((await deliver(first, endpointFor(bucket))).status).to.equal('queued');
    expect((await deliver(second, endpointFor(bucket))).status).to.equal('queued');
    await new Promise((r) => setTimeout(r, 300));
    expect(await storedIds(bucket)).to.deep.equal([]);
    expect((await outboxStatus()).queued).to.equal(2);

    await script(bucket, []);
    window.dispatchEvent(new Event('online'));

    const ids = await waitForStored(bucket, 2, 3_000);
    expect(sorted(ids)).to.deep.equal(sorted([first.id, second.id]));
    await waitFor(async () => (await outboxStatus()).queued === 0, 'an empty outbox', 3_000);
  });

  it('keeps queued submissions through a reload and sends each once afterwards', async () => {
    const db = freshOutbox();
    const bucket = newBucket('reload');
    await script(bucket, Array(50).fill('offline'));
    const tab = openTab({ name: 'kiosk', action: 'deliver', db, endpoint: endpointFor(bucket), count: '3' });
    frames.push(tab.frame);
    const results = (await tab.report).results as { id: string; status: string; stored: boolean }[];
    expect(results.map((r) => [r.status, r.stored])).to.deep.equal([
      ['queued', true],
      ['queued', true],
      ['queued', true],
    ]);
    expect((await outboxStatus()).queued).to.equal(3);

    // The reload: the network is back, the same page comes back and starts delivery as an element does on load.
    // A send of the closed page still in flight when it went (Chromium resends once on a reset connection) lands
    // while the network is still down; only what is answered after the network is back is counted.
    tab.frame.remove();
    await new Promise((r) => setTimeout(r, 500));
    const beforeReload = (await received(bucket)).length;
    await script(bucket, []);
    const reloaded = openTab({ name: 'kiosk-reloaded', action: 'start', db });
    frames.push(reloaded.frame);
    expect((await reloaded.report).results).to.equal('empty');

    expect(sorted(await storedIds(bucket))).to.deep.equal(sorted(results.map((r) => r.id)));
    const answered = (await received(bucket)).slice(beforeReload).filter((post) => post.step !== 'offline');
    expect(sorted(answered.map((post) => post.body.id)), 'one answered POST per id').to.deep.equal(
      sorted(results.map((r) => r.id)),
    );
  });

  it('resends a submission whose tab closed mid-send, and the endpoint keeps it once', async () => {
    const db = freshOutbox();
    const bucket = newBucket('tab-close');
    await script(bucket, ['hang']);
    const tab = openTab({ name: 'closing', action: 'deliver', db, endpoint: endpointFor(bucket), timeout: '60000' });
    frames.push(tab.frame);
    await waitFor(async () => (await received(bucket)).length === 1, 'the send to start', 5_000);
    expect((await outboxStatus()).sending).to.equal(1);

    tab.frame.remove();
    // The closed tab's lock is released by the browser; the record it left `sending` is simply sent again.
    configureDelivery({ dbName: db });
    await flush();

    const posts = await received(bucket);
    expect(posts).to.have.length(2);
    expect(await storedIds(bucket)).to.deep.equal([posts[0]!.body.id]);
    const status = await outboxStatus();
    expect([status.queued, status.sending]).to.deep.equal([0, 0]);
  });

  it('lets only one of two tabs send at a time, so no submission is POSTed twice', async () => {
    const db = freshOutbox();
    const bucket = newBucket('two-tabs');
    const endpoint = new URL(endpointFor(bucket), location.href).href;
    const queue = Array.from({ length: 20 }, () => makeSubmission());
    const now = Date.now();
    for (const [i, submission] of queue.entries()) await enqueue(submission, endpoint, now - 1_000 + i);

    const a = openTab({ name: 'tab-a', action: 'flush', db });
    const b = openTab({ name: 'tab-b', action: 'flush', db });
    frames.push(a.frame, b.frame);
    await Promise.all([a.report, b.report]);

    expect(sorted(await storedIds(bucket))).to.deep.equal(sorted(queue.map((s) => s.id)));
    const perId = postsPerId(await received(bucket));
    expect(perId.size).to.equal(20);
    expect(
      [...perId.values()].every((n) => n === 1),
      'one POST per id',
    ).to.equal(true);
    expect((await outboxStatus()).queued).to.equal(0);
  });
});
