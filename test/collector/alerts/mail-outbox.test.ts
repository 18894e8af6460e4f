/**
 * The e-mail outbox keeps a body only while it may still be sent: once the mail server took it, or it was given up,
 * the body (which holds a patient's words when the practice opted in) is emptied. On SQLite and PostgreSQL alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailOutbox } from '../../../collector/alerts/mail-outbox.js';
import { openStore, type SubmissionStore } from '../../../collector/store/index.js';
import { engines, type TestDatabase } from '../engines.js';

const quiet = () => undefined;
const WORDS = 'Their comments: the receptionist was rude';

describe.each(engines)('the e-mail outbox on $name', (engine) => {
  describe.skipIf(engine.skip !== undefined)('', () => {
    let database: TestDatabase;
    let store: SubmissionStore;
    beforeAll(async () => {
      database = await engine.newDatabase();
      store = await openStore({ ...database.settings, log: quiet });
    });
    afterAll(async () => {
      await store.close();
      await database.remove();
    });

    const bodies = async () =>
      Object.fromEntries(
        (await store.db.selectFrom('mail_outbox').select(['mail_key', 'status', 'text_body']).execute()).map((r) => [
          r.mail_key,
          { status: r.status, body: r.text_body },
        ]),
      );

    it('keeps the body while it waits, and empties it once sent or given up', async () => {
      // One retry, then given up.
      const outbox = new MailOutbox(store.db, () => new Date(), [0]);
      const mails = ['sent', 'given-up'].map((key) => ({
        key,
        to: 'ann@north.example',
        subject: 'Alert',
        text: WORDS,
      }));
      expect(await outbox.queue(mails)).toBe(2);
      const due = await outbox.due(10);
      expect(due.map((m) => m.text)).toEqual([WORDS, WORDS]);
      const sent = due.find((m) => m.key === 'sent')!;
      const givenUp = due.find((m) => m.key === 'given-up')!;

      await outbox.sent(sent.id);
      expect(await outbox.failed(givenUp, 'mail server said no')).toBe('retry');
      expect(await bodies()).toEqual({
        sent: { status: 'sent', body: '' },
        'given-up': { status: 'pending', body: WORDS },
      });

      const [again] = await outbox.due(10);
      expect(await outbox.failed(again!, 'mail server said no')).toBe('failed');
      expect(await bodies()).toEqual({
        sent: { status: 'sent', body: '' },
        'given-up': { status: 'failed', body: '' },
      });
      expect(await outbox.health()).toMatchObject({ waiting: 0, failed: 1, lastError: 'mail server said no' });
    });
  });
});
