/// <reference types="mocha" />
// What the device can keep: storage turned off (private browsing), a full disk, a slow endpoint the patient must not
// wait for, old items that are counted but never dropped, staff's "clear local data", and persistence.
import { expect } from 'chai';
import {
  clearDeliveryData,
  deliver,
  onDeliveryProblem,
  outboxStatus,
  requestPersistence,
  startDelivery,
  type DeliveryProblem,
} from '../../../src/delivery/index.js';
import { flush } from '../../../src/delivery/flush.js';
import { enqueue } from '../../../src/delivery/outbox-store.js';
import {
  endpointFor,
  freshOutbox,
  makeSubmission,
  newBucket,
  received,
  script,
  storedIds,
  waitFor,
  waitForStored,
} from './helpers.js';

const DAY = 24 * 60 * 60_000;

describe('delivery and the storage of the device', () => {
  let stop: (() => void) | undefined;
  let restore: (() => void) | undefined;
  const problems: DeliveryProblem[] = [];
  let off: () => void;

  beforeEach(() => {
    problems.length = 0;
    off = onDeliveryProblem((p) => problems.push(p));
  });

  afterEach(() => {
    off();
    restore?.();
    restore = undefined;
    stop?.();
    stop = undefined;
  });

  /** Private browsing: the browser refuses to open any database. A storage fault, not a fetch mock. */
  function turnStorageOff() {
    indexedDB.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'InvalidStateError');
    };
    restore = () => delete (indexedDB as { open?: unknown }).open;
    freshOutbox(); // drop the open connection so the next use must open again
  }

  it('sends directly when the browser keeps no data, and says the answer was not stored', async () => {
    turnStorageOff();
    const bucket = newBucket('no-storage');
    const submission = makeSubmission();
    const result = await deliver(submission, endpointFor(bucket));

    expect(result).to.deep.equal({ status: 'delivered', stored: false });
    expect(await storedIds(bucket)).to.deep.equal([submission.id]);
    expect(problems.map((p) => p.code)).to.deep.equal(['storage-unavailable']);
    expect((await outboxStatus()).storageAvailable).to.equal(false);
  });

  it("says 'not-saved' when the browser keeps no data and the endpoint is down — never claims it was saved", async () => {
    turnStorageOff();
    const bucket = newBucket('no-storage-down');
    await script(bucket, [503]);
    const result = await deliver(makeSubmission(), endpointFor(bucket));

    expect(result).to.deep.equal({ status: 'not-saved', stored: false });
    expect(await storedIds(bucket)).to.deep.equal([]);
    expect(problems.map((p) => p.code)).to.deep.equal(['storage-unavailable']);
  });

  it('reports quota-exceeded when the disk is full and still sends the answer directly', async () => {
    freshOutbox();
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept only to be put back, never called alone
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    restore = () => {
      IDBObjectStore.prototype.add = add;
    };
    const bucket = newBucket('quota');
    const submission = makeSubmission();
    const result = await deliver(submission, endpointFor(bucket));

    expect(result).to.deep.equal({ status: 'delivered', stored: false });
    expect(await storedIds(bucket)).to.deep.equal([submission.id]);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ code: 'quota-exceeded', submissionId: submission.id });
  });

  it("does not keep the patient waiting on a hanging endpoint: 'queued' after about two seconds, kept in the outbox", async () => {
    freshOutbox({ timeoutMs: 4_000 });
    const bucket = newBucket('slow-endpoint');
    await script(bucket, ['hang']);
    const submission = makeSubmission();
    const started = performance.now();
    const result = await deliver(submission, endpointFor(bucket));
    const waited = performance.now() - started;

    expect(result).to.deep.equal({ status: 'queued', stored: true });
    expect(waited).to.be.within(1_900, 3_000);
    expect((await outboxStatus()).sending).to.equal(1);
    stop = startDelivery({ intervalMs: 100 });
    expect(await waitForStored(bucket, 1, 8_000)).to.deep.equal([submission.id]);
    await waitFor(async () => (await outboxStatus()).sending === 0, 'the outbox to empty', 3_000);
    expect((await outboxStatus()).queued).to.equal(0);
  });

  it('counts submissions waiting longer than the retention window as old, and never drops them', async () => {
    freshOutbox({ retentionMs: 7 * DAY });
    const bucket = newBucket('old');
    await script(bucket, Array(10).fill(503));
    const endpoint = new URL(endpointFor(bucket), location.href).href;
    await enqueue(makeSubmission(), endpoint, Date.now() - 8 * DAY);
    await enqueue(makeSubmission(), endpoint, Date.now() - 1 * DAY);

    await flush();
    const status = await outboxStatus();
    expect([status.queued, status.old]).to.deep.equal([2, 1]);
    expect((await received(bucket)).length).to.equal(2);
  });

  it("clears the outbox and the undeliverable store when staff confirm 'clear local data'", async () => {
    freshOutbox({ concurrency: 1 });
    const bucket = newBucket('clear');
    await script(bucket, [400, 503]);
    const endpoint = new URL(endpointFor(bucket), location.href).href;
    await enqueue(makeSubmission(), endpoint, Date.now() - 2);
    await enqueue(makeSubmission(), endpoint, Date.now() - 1);
    await flush();
    let status = await outboxStatus();
    expect([status.queued, status.undeliverable]).to.deep.equal([1, 1]);

    await clearDeliveryData();
    status = await outboxStatus();
    expect([status.queued, status.sending, status.undeliverable]).to.deep.equal([0, 0, 0]);
  });

  it('asks the browser to persist the outbox and reports the answer in the status', async () => {
    freshOutbox();
    const persisted = await requestPersistence();
    expect(persisted).to.be.a('boolean');
    expect((await outboxStatus()).persisted).to.equal(persisted);
  });

  it('records when the last delivery happened', async () => {
    freshOutbox();
    const before = new Date().toISOString();
    await deliver(makeSubmission(), endpointFor(newBucket('last-delivery')));
    const { lastDeliveryAt } = await outboxStatus();
    expect(lastDeliveryAt).to.be.a('string');
    expect(lastDeliveryAt! >= before).to.equal(true);
  });
});
