/// <reference types="mocha" />
// A patient's submission meets an endpoint that misbehaves on purpose (real HTTP, real IndexedDB, real Chromium).
// Every test ends by counting what the endpoint stored: every id exactly once, and the outbox empty.
import { expect } from 'chai';
import {
  deliver,
  onDeliveryProblem,
  outboxStatus,
  startDelivery,
  undeliverableSubmissions,
  type DeliveryProblem,
} from '../../../src/delivery/index.js';
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

describe('delivery when the endpoint misbehaves', () => {
  let stop: (() => void) | undefined;

  afterEach(() => {
    stop?.();
    stop = undefined;
  });

  async function expectOutboxEmpty() {
    await waitFor(
      async () => {
        const status = await outboxStatus();
        return status.queued === 0 && status.sending === 0;
      },
      'an empty outbox',
      5_000,
    );
  }

  it('keeps retrying through a burst of 503s and delivers each submission once', async () => {
    freshOutbox();
    const bucket = newBucket('burst-503');
    await script(bucket, [503, 503, 503, 503, 503, 503]);
    stop = startDelivery({ intervalMs: 100 });
    const submissions = [makeSubmission(), makeSubmission(), makeSubmission()];
    const results = await Promise.all(submissions.map((s) => deliver(s, endpointFor(bucket))));

    expect(results.some((r) => r.status === 'queued')).to.equal(true);
    expect(results.every((r) => r.stored)).to.equal(true);
    const ids = await waitForStored(bucket, 3);
    expect(sorted(ids)).to.deep.equal(sorted(submissions.map((s) => s.id)));
    await expectOutboxEmpty();
    const posts = await received(bucket);
    expect(posts.length).to.equal(9);
    for (const post of posts) {
      expect(post.headers['content-type']).to.equal('application/json');
      expect(post.headers['idempotency-key']).to.equal(post.body.id);
    }
  });

  it('retries after a 500 and delivers once', async () => {
    freshOutbox();
    const bucket = newBucket('error-500');
    await script(bucket, [500, 500]);
    stop = startDelivery({ intervalMs: 100 });
    const submission = makeSubmission();
    const result = await deliver(submission, endpointFor(bucket));

    expect(result).to.deep.equal({ status: 'queued', stored: true });
    expect(await waitForStored(bucket, 1)).to.deep.equal([submission.id]);
    await expectOutboxEmpty();
    expect((await received(bucket)).length).to.equal(3);
  });

  it('waits as long as a 429 Retry-After asks, even when the network comes back meanwhile', async () => {
    freshOutbox();
    const bucket = newBucket('retry-after');
    await script(bucket, [{ status: 429, retryAfter: 2 }]);
    stop = startDelivery({ intervalMs: 100 });
    const submission = makeSubmission();
    expect((await deliver(submission, endpointFor(bucket))).status).to.equal('queued');
    window.dispatchEvent(new Event('online'));

    await new Promise((r) => setTimeout(r, 1_000));
    expect((await received(bucket)).length, 'not retried before Retry-After').to.equal(1);
    expect(await waitForStored(bucket, 1)).to.deep.equal([submission.id]);
    const [first, second] = await received(bucket);
    expect(second!.at - first!.at).to.be.at.least(1_990);
    await expectOutboxEmpty();
  });

  it('gives up on a hanging request after the timeout and sends it again', async () => {
    freshOutbox({ timeoutMs: 400 });
    const bucket = newBucket('hang');
    await script(bucket, ['hang']);
    stop = startDelivery({ intervalMs: 100 });
    const submission = makeSubmission();
    const started = performance.now();
    const result = await deliver(submission, endpointFor(bucket));

    expect(result.status).to.equal('queued');
    expect(performance.now() - started).to.be.below(1_500);
    expect(await waitForStored(bucket, 1)).to.deep.equal([submission.id]);
    await expectOutboxEmpty();
    expect((await received(bucket)).length).to.equal(2);
  });

  it('resends when the acknowledgement is lost, and the endpoint stores it only once', async () => {
    freshOutbox();
    const bucket = newBucket('lost-ack');
    await script(bucket, ['cut']);
    stop = startDelivery({ intervalMs: 100 });
    const submission = makeSubmission();
    // Chromium itself may resend a POST whose connection was reset before any answer (then 'delivered' here);
    // otherwise the outbox resends it. Either way the endpoint's idempotency must absorb the second copy.
    expect((await deliver(submission, endpointFor(bucket))).stored).to.equal(true);

    await waitFor(async () => (await received(bucket)).length === 2, 'the resend', 5_000);
    await expectOutboxEmpty();
    expect(await storedIds(bucket)).to.deep.equal([submission.id]);
    const posts = await received(bucket);
    expect(posts.map((p) => p.body.id)).to.deep.equal([submission.id, submission.id]);
  });

  it('counts a 409 (the endpoint already has this id) as delivered', async () => {
    freshOutbox();
    const bucket = newBucket('conflict-409');
    // The first send is stored but its answer is lost; the resend is answered 409 by an endpoint that says so.
    await script(bucket, ['cut', 409]);
    stop = startDelivery({ intervalMs: 100 });
    const submission = makeSubmission();
    await deliver(submission, endpointFor(bucket));

    await waitFor(async () => (await received(bucket)).length === 2, 'the resend', 5_000);
    await expectOutboxEmpty();
    expect(await storedIds(bucket)).to.deep.equal([submission.id]);
    expect((await outboxStatus()).undeliverable).to.equal(0);

    const direct = makeSubmission();
    await script(bucket, [409]);
    expect(await deliver(direct, endpointFor(bucket))).to.deep.equal({ status: 'delivered', stored: true });
  });

  it('keeps a submission refused with 400 as undeliverable, tells the practice, and delivers the ones behind it', async () => {
    freshOutbox({ concurrency: 1 });
    const bucket = newBucket('refused-400');
    await script(bucket, [400]);
    const problems: DeliveryProblem[] = [];
    const off = onDeliveryProblem((p) => problems.push(p));
    const now = Date.now();
    const queue = [makeSubmission(), makeSubmission(), makeSubmission()];
    for (const [i, submission] of queue.entries())
      await enqueue(submission, new URL(endpointFor(bucket), location.href).href, now - 3_000 + i);

    await flush();
    await flush();
    off();

    const posts = await received(bucket);
    expect(
      posts.map((p) => p.body.id),
      'oldest first, the refused one not retried',
    ).to.deep.equal(queue.map((s) => s.id));
    expect(sorted(await storedIds(bucket))).to.deep.equal(sorted([queue[1]!.id, queue[2]!.id]));
    expect((await undeliverableSubmissions()).map((s) => s.id)).to.deep.equal([queue[0]!.id]);
    const status = await outboxStatus();
    expect([status.queued, status.sending, status.undeliverable]).to.deep.equal([0, 0, 1]);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ code: 'undeliverable', submissionId: queue[0]!.id, httpStatus: 400 });
    expect(problems[0]!.message).to.contain('400').and.contain(endpointFor(bucket));
    expect(postsPerId(posts).get(queue[0]!.id)).to.equal(1);
  });
});
