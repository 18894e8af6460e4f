/// <reference types="mocha" />
// A kiosk's backlog meets its endpoints: sent a few at a time, one submission per request, and each endpoint that
// asks to wait (Retry-After) or does not answer is waited for on its own — its backlog is not fired at it, while
// another endpoint's submissions go on. Real HTTP, real IndexedDB, real Chromium.
import { expect } from 'chai';
import { outboxStatus } from '../../../src/delivery/index.js';
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
  waitForStored,
} from './helpers.js';

const CONCURRENCY = 4;

/** Stores `n` submissions for `bucket` without sending them (a kiosk that was offline). */
async function backlog(bucket: string, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const submission = makeSubmission();
    await enqueue(submission, new URL(endpointFor(bucket), location.href).href);
    ids.push(submission.id);
  }
  return ids;
}

describe('flushing a backlog', () => {
  it("waits as long as one endpoint's Retry-After asks for all its submissions, and sends another endpoint's meanwhile", async () => {
    freshOutbox({ concurrency: CONCURRENCY, baseDelayMs: 20, maxDelayMs: 100 });
    const busy = newBucket('backlog-busy');
    const other = newBucket('backlog-other');
    // Every send in flight when it says "busy" gets the same answer.
    await script(
      busy,
      Array.from({ length: CONCURRENCY }, () => ({ status: 429, retryAfter: 1 })),
    );
    const busyIds = await backlog(busy, 12);
    const otherIds = await backlog(other, 6);

    await flush();
    expect((await received(busy)).length, 'no more than the sends already in flight').to.be.at.most(CONCURRENCY);
    expect(sorted(await waitForStored(other, 6))).to.deep.equal(sorted(otherIds));
    await flush(true); // the network "came back": a Retry-After is still honoured
    expect((await received(busy)).length, 'nothing before Retry-After').to.be.at.most(CONCURRENCY);

    await new Promise((r) => setTimeout(r, 1_100));
    await flush();
    expect(sorted(await waitForStored(busy, 12))).to.deep.equal(sorted(busyIds));
    const posts = await received(busy);
    const firstAt = posts[0]!.at;
    for (const post of posts.filter((p) => p.step === 201)) expect(post.at - firstAt).to.be.at.least(990);
    expect([...postsPerId(posts.filter((p) => p.step === 201)).values()].every((n) => n === 1)).to.equal(true);
    const status = await outboxStatus();
    expect([status.queued, status.sending]).to.deep.equal([0, 0]);
  });

  it('does not fire a whole backlog at an endpoint that does not answer, and delivers it once when it is back', async () => {
    freshOutbox({ concurrency: CONCURRENCY, baseDelayMs: 60_000, maxDelayMs: 60_000 });
    const down = newBucket('backlog-down');
    // The connection is cut before any answer. The browser itself may try a request once more on a fresh connection,
    // so there are two cuts for each send in flight.
    await script(
      down,
      Array.from({ length: 2 * CONCURRENCY }, () => 'offline' as const),
    );
    const ids = await backlog(down, 20);

    await flush();
    expect((await received(down)).length).to.be.at.most(2 * CONCURRENCY);
    expect(await storedIds(down)).to.deep.equal([]);
    expect((await outboxStatus()).queued).to.equal(20);

    await script(down, []);
    // Back online: the backoff is not waited out, every submission is sent once and stored once.
    await flush(true);
    expect(sorted(await waitForStored(down, 20))).to.deep.equal(sorted(ids));
    const answered = (await received(down)).filter((p) => p.step !== 'offline');
    expect(sorted(answered.map((p) => p.body.id))).to.deep.equal(sorted(ids));
    expect((await outboxStatus()).queued).to.equal(0);
  });
});
