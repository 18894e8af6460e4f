/**
 * Alerts over real HTTP on both engines, told by e-mail to a real SMTP server (smtp-server + mailparser) and by
 * webhook to a receiver that verifies with the `standardwebhooks` package: a new case, a low rating with the
 * practice's opt-in to words, a negative share in a window, a deadline near; open → acknowledged → closed with
 * comments; who sees what; a mail server down then back; a daily digest.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AlertDetail, AlertPage, AlertRule, AlertSettings } from '../../../src/core/alerts-api.js';
import type { WebhookBody, WebhookEndpointWithSecret } from '../../../src/core/webhooks-api.js';
import type { CollectorOptions } from '../../../collector/http/server.js';
import { engines, type TestDatabase } from '../engines.js';
import {
  firstImpression,
  post,
  signedIn,
  startCollector,
  STAFF_EMAIL,
  whatWentWrong,
  type Running,
  type StaffSession,
  until,
} from '../helpers.js';
import { startReceiver, type Receiver } from '../webhooks/receiver.js';
import { startMailServer, type MailServer } from './mail-server.js';

const SETUP = { name: 'test setup' };
const FAST = { everyMs: 100, mailer: { pollMs: 100, timeoutMs: 2000 }, mailSchedule: [100, 100, 100] };

describe.each(engines)('alerts on $name', (engine) => {
  let database: TestDatabase;
  let app: Running;
  let mail: MailServer;
  let receiver: Receiver;

  async function start(options: Partial<CollectorOptions> = {}) {
    const { dataDir, databaseUrl } = database.settings;
    app = await startCollector({
      dataDir,
      ...(databaseUrl ? { databaseUrl } : {}),
      retentionEveryMs: false,
      resultsEveryMs: false,
      publicUrl: new URL('https://feedback.smiledental.example'),
      allowedHosts: ['127.0.0.1'],
      smtp: { url: mail.url, from: 'Smile Dental feedback <feedback@smiledental.example>' },
      alertOptions: FAST,
      webhookOptions: { schedule: [100], timeoutMs: 1000, pollMs: 100 },
      ...options,
    });
  }

  const call = (path: string, body?: unknown, as: StaffSession = app.staff, method?: string) =>
    fetch(`${app.url}${path}`, {
      method: method ?? (body === undefined ? 'GET' : 'POST'),
      headers: {
        Cookie: as.cookie,
        'X-CSRF-Token': as.csrf,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  async function json<T>(res: Response | Promise<Response>, status = 200): Promise<T> {
    const answer = await res;
    expect(answer.status, await answer.clone().text()).toBe(status);
    return (await answer.json()) as T;
  }
  const addRule = (rule: Record<string, unknown>, as?: StaffSession) =>
    json<AlertRule>(call('/api/staff/alert-rules', rule, as), 201);
  const alertsOf = async (query = '', as?: StaffSession) =>
    (await json<AlertPage>(call(`/api/staff/alerts${query}`, undefined, as))).alerts;

  beforeEach(async () => {
    if (engine.skip) return;
    database = await engine.newDatabase();
    mail = await startMailServer();
    receiver = await startReceiver();
  });
  afterEach(async () => {
    await app?.stop();
    await mail?.close();
    await receiver?.close();
    await database?.remove();
  });

  it.skipIf(engine.skip)(
    'a new case: an open alert in the console, an e-mail with links and no patient’s words, a signed webhook',
    async () => {
      await start();
      const { secret } = await json<WebhookEndpointWithSecret>(
        call('/api/staff/webhooks', { url: receiver.url, types: ['alert.triggered'] }),
        201,
      );
      receiver.secrets.push(secret);
      const rule = await addRule({ name: 'Unhappy patient', kind: 'new-case', emailTo: [STAFF_EMAIL], webhook: true });
      expect(rule).toMatchObject({ practiceId: null, includeWords: false, enabled: true });

      const patient = whatWentWrong();
      expect((await post(app.url, patient)).status).toBe(201);
      const [alert] = await until(async () => {
        const list = await alertsOf('?status=open');
        return list.length ? list : undefined;
      }, 'the alert');
      expect(alert).toMatchObject({
        kind: 'new-case',
        status: 'open',
        submissionId: patient.id,
        ruleName: 'Unhappy patient',
      });
      expect(alert!.facts).toEqual({ rating: null, reference: 'RC-7KQ2-9F', location: null });

      const [email] = await mail.waitFor(1);
      expect(email!.to).toMatchObject({ text: STAFF_EMAIL });
      expect(email!.from?.text).toContain('feedback@smiledental.example');
      expect(email!.subject).toBe('Our practice: Unhappy patient');
      expect(email!.text).toContain('A patient told the practice what went wrong (reference RC-7KQ2-9F).');
      expect(email!.text).toContain(`https://feedback.smiledental.example/staff/submissions/${String(patient.id)}`);
      expect(email!.text).toContain(`https://feedback.smiledental.example/staff/alerts?alert=${alert!.id}`);
      const answers = patient.answers as { details: string; remedy: string };
      for (const words of [answers.details, answers.remedy, '555-0142']) expect(email!.text).not.toContain(words);

      await receiver.waitFor(1);
      const delivery = receiver.accepted()[0]!;
      const body = JSON.parse(delivery.body) as WebhookBody<Record<string, unknown>>;
      expect(body.type).toBe('alert.triggered');
      expect(body.data).toMatchObject({ alertId: alert!.id, kind: 'new-case', submissionId: patient.id });
      expect(delivery.body).not.toContain('50 minutes');

      // A repeat of the submission raises nothing more; the job's later looks neither.
      expect((await post(app.url, patient)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 400));
      expect(await alertsOf()).toHaveLength(1);
      expect(mail.received).toHaveLength(1);
    },
  );

  it.skipIf(engine.skip)('a low rating, with the practice’s opt-in to words: the words as plain text', async () => {
    await start();
    await addRule({
      name: 'Poor answer',
      kind: 'low-rating',
      settings: { atOrBelow: 'poor' },
      emailTo: [STAFF_EMAIL],
      includeWords: true,
    });
    expect((await post(app.url, firstImpression({ answers: { overall: 'neither' } }))).status).toBe(201);
    const poor = firstImpression({ answers: { overall: 'very-poor', comments: '<b>Rude</b> & slow' } });
    expect((await post(app.url, poor)).status).toBe(201);
    const [email] = await mail.waitFor(1);
    expect(email!.html).toBe(false);
    expect(email!.text).toContain('A patient answered “Very poor” (at front-desk-tablet).');
    expect(email!.text).toContain('Their comments: <b>Rude</b> & slow');
    // Once the mail server took it, the patient's words are not kept in the outbox.
    const kept = await until(async () => {
      const rows = await app.collector.store.db.selectFrom('mail_outbox').select(['status', 'text_body']).execute();
      return rows.every((r) => r.status === 'sent') ? rows : undefined;
    }, 'the e-mail marked sent');
    expect(kept).toEqual([{ status: 'sent', text_body: '' }]);
    await new Promise((r) => setTimeout(r, 300));
    expect((await alertsOf()).map((a) => a.submissionId)).toEqual([poor.id]);
    // The practice's choice to put words in e-mails is on the audit trail, with who made it.
    const [added] = await app.collector.signIn.audit.list({ action: 'alert-rule-added' });
    expect(added).toMatchObject({ actor: STAFF_EMAIL, detail: { includeWords: true, emailTo: [STAFF_EMAIL] } });
  });

  it.skipIf(engine.skip)(
    'a negative share: more than 50 % of at least 4 answers in 15 minutes raises one alert, not one per answer',
    async () => {
      await start();
      await addRule({
        name: 'Bad morning',
        kind: 'negative-share',
        settings: { percent: 50, windowMinutes: 15, minimumAnswers: 4 },
      });
      for (const overall of ['poor', 'good', 'very-poor']) {
        expect((await post(app.url, firstImpression({ answers: { overall } }))).status).toBe(201);
      }
      await new Promise((r) => setTimeout(r, 300));
      expect(await alertsOf(), 'three answers are fewer than four').toEqual([]);
      expect((await post(app.url, firstImpression({ answers: { overall: 'good' } }))).status).toBe(201);
      await new Promise((r) => setTimeout(r, 300));
      expect(await alertsOf(), '2 of 4 is not more than 50 %').toEqual([]);
      expect((await post(app.url, firstImpression({ answers: { overall: 'poor' } }))).status).toBe(201);
      const [alert] = await until(async () => {
        const list = await alertsOf();
        return list.length ? list : undefined;
      }, 'the share alert');
      expect(alert!.facts).toEqual({ negative: 3, answers: 5, windowMinutes: 15 });
      expect((await post(app.url, firstImpression({ answers: { overall: 'very-poor' } }))).status).toBe(201);
      await new Promise((r) => setTimeout(r, 400));
      expect(await alertsOf(), 'one alert per window').toHaveLength(1);
      // Without SMTP_URL nothing is mailed: the rule has no recipients here anyway.
      expect(mail.received).toEqual([]);
    },
  );

  it.skipIf(engine.skip)(
    'open → acknowledged → closed with comments; staff of another practice neither see it nor set rules for it',
    async () => {
      await start({ practicesMaxAgeMs: 0 });
      const { practices, signIn } = app.collector;
      await practices.add(SETUP, 'north', { name: 'North Clinic', timeZone: 'Europe/London' });
      await practices.add(SETUP, 'south', { name: 'South Clinic', timeZone: 'America/New_York' });
      await signIn.accounts.add(SETUP, 'ann@north.example', 'staff', 'a long staff passphrase 42', ['north']);
      await signIn.accounts.add(SETUP, 'sam@south.example', 'admin', 'a long staff passphrase 42', ['south']);
      const ann = await signedIn(app.collector, 'ann@north.example', 'staff', true);
      const sam = await signedIn(app.collector, 'sam@south.example', 'admin', true);

      // Recipients are staff who see the practice; a scoped admin sets rules for their own practice only.
      const refused = await json<{ path: string }>(
        call('/api/staff/alert-rules', {
          name: 'x',
          kind: 'new-case',
          practiceId: 'north',
          emailTo: ['pat@example.com'],
        }),
        400,
      );
      expect(refused.path).toBe('emailTo[0]');
      expect(
        (
          await json<{ path: string }>(
            call('/api/staff/alert-rules', {
              name: 'x',
              kind: 'new-case',
              practiceId: 'north',
              emailTo: ['sam@south.example'],
            }),
            400,
          )
        ).path,
      ).toBe('emailTo[0]');
      expect(
        (await call('/api/staff/alert-rules', { name: 'x', kind: 'new-case', practiceId: 'north' }, sam)).status,
      ).toBe(400);
      expect((await call('/api/staff/alert-rules', { name: 'x', kind: 'new-case' }, ann)).status).toBe(403);
      const bad = await json<{ path: string }>(
        call('/api/staff/alert-rules', { name: 'x', kind: 'negative-share', settings: { percent: 150 } }),
        400,
      );
      expect(bad.path).toBe('settings.percent');
      await addRule({ name: 'North case', kind: 'new-case', practiceId: 'north', emailTo: ['ann@north.example'] });
      const settings = await json<AlertSettings>(call('/api/staff/alert-rules', undefined, sam));
      expect(settings.rules, 'sam does not see north’s rule').toEqual([]);

      const sent = await fetch(`${app.url}/api/feedback/p/north`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(whatWentWrong()),
      });
      expect(sent.status).toBe(201);
      const [alert] = await until(async () => {
        const list = await alertsOf('', ann);
        return list.length ? list : undefined;
      }, 'north’s alert');
      const [email] = await mail.waitFor(1);
      expect(email!.to).toMatchObject({ text: 'ann@north.example' });
      expect(await alertsOf('', sam)).toEqual([]);
      expect((await call(`/api/staff/alerts/${alert!.id}`, undefined, sam)).status).toBe(404);
      expect((await call(`/api/staff/alerts/${alert!.id}`, { status: 'closed' }, sam)).status).toBe(404);

      const acknowledged = await json<AlertDetail>(
        call(`/api/staff/alerts/${alert!.id}`, { status: 'acknowledged', comment: 'Calling the patient now.' }, ann),
      );
      expect(acknowledged.alert).toMatchObject({
        status: 'acknowledged',
        acknowledgedBy: 'ann@north.example',
        comments: 1,
      });
      const closed = await json<AlertDetail>(
        call(`/api/staff/alerts/${alert!.id}`, { status: 'closed', comment: 'Apologised; booked a review.' }, ann),
      );
      expect(closed.alert).toMatchObject({ status: 'closed', closedBy: 'ann@north.example' });
      expect(closed.comments.map((c) => [c.by, c.text])).toEqual([
        ['ann@north.example', 'Calling the patient now.'],
        ['ann@north.example', 'Apologised; booked a review.'],
      ]);
      expect(await alertsOf('?status=active', ann)).toEqual([]);
      expect((await alertsOf('?status=closed', ann)).map((a) => a.id)).toEqual([alert!.id]);
      expect((await call(`/api/staff/alerts/${alert!.id}`, {}, ann)).status).toBe(400);
      const audit = await app.collector.signIn.audit.list({ action: 'alert-changed' });
      expect(JSON.stringify(audit)).not.toContain('Calling the patient');
    },
  );

  it.skipIf(engine.skip)(
    'a mail server down: the e-mail waits in the outbox and goes when it is back, once',
    async () => {
      await start();
      mail.refuse = 2;
      await addRule({ name: 'Unhappy patient', kind: 'new-case', emailTo: [STAFF_EMAIL] });
      expect((await post(app.url, whatWentWrong())).status).toBe(201);
      await mail.waitFor(1);
      expect(mail.refused).toBe(2);
      await new Promise((r) => setTimeout(r, 400));
      expect(mail.received).toHaveLength(1);
      const settings = await json<AlertSettings>(call('/api/staff/alert-rules'));
      expect(settings.email).toMatchObject({ configured: true, waiting: 0, failed: 0 });
    },
  );

  it.skipIf(engine.skip)(
    'a case near its deadline raises one alert; a daily digest goes once with the counts',
    async () => {
      await start();
      expect((await call('/api/staff/practices/default/clocks', { promiseDays: 0 })).status).toBe(200);
      await addRule({ name: 'Deadline close', kind: 'deadline-near', settings: { hoursBefore: 72 } });
      const patient = whatWentWrong();
      expect((await post(app.url, patient)).status).toBe(201);
      expect((await post(app.url, firstImpression({ answers: { overall: 'very-good' } }))).status).toBe(201);
      const [alert] = await until(async () => {
        const list = await alertsOf();
        return list.length ? list : undefined;
      }, 'the deadline alert');
      expect(alert).toMatchObject({ kind: 'deadline-near', submissionId: patient.id });
      expect(Date.parse(alert!.facts.dueAt!)).toBeGreaterThan(Date.now());

      // A digest whose time today has passed goes now (00:00 has always passed), once.
      const digest = await json(
        call('/api/staff/practices/default/digest', { frequency: 'daily', time: '00:00', emailTo: [STAFF_EMAIL] }),
      );
      expect(digest).toMatchObject({ frequency: 'daily', time: '00:00', weekday: 1 });
      const [email] = await mail.waitFor(1);
      expect(email!.subject).toBe('Our practice: your daily feedback digest');
      expect(email!.text).toContain('First-impression answers: 1');
      expect(email!.text).toContain('What-went-wrong forms: 1');
      expect(email!.text).toContain('Friends and Family Test: 1 answers, 100 % positive, 0 % negative');
      expect(email!.text).toContain('Open cases now: 1');
      expect(email!.text).toContain('Alerts not yet closed: 1');
      await new Promise((r) => setTimeout(r, 400));
      expect(mail.received).toHaveLength(1);
    },
  );

  it.skipIf(engine.skip)(
    'a tablet silent while the practice is open raises one alert; reporting again ends that silence',
    async () => {
      await start();
      const allDay = [['00:00', '23:59']];
      const hours = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, allDay]));
      expect((await call('/api/staff/practices/default/opening-hours', { openingHours: hours })).status).toBe(200);
      const setup = await json<{ tablet: { id: string }; token: string }>(
        call('/api/staff/tablets', { practiceId: 'default', location: 'front-desk', name: 'Front desk tablet' }),
        201,
      );
      await addRule({
        name: 'Tablet silent',
        kind: 'tablet-silent',
        settings: { silentMinutes: 10 },
        emailTo: [STAFF_EMAIL],
      });
      await new Promise((r) => setTimeout(r, 400));
      expect(await alertsOf(), 'set up a moment ago: not silent yet').toEqual([]);
      // Twenty minutes pass with no report (the clock is the database's record of when it was set up).
      const ago = new Date(Date.now() - 20 * 60_000).toISOString();
      await app.collector.store.db.updateTable('tablets').set({ created_at: ago }).execute();
      const [alert] = await until(async () => {
        const list = await alertsOf();
        return list.length ? list : undefined;
      }, 'the silent tablet');
      expect(alert).toMatchObject({ kind: 'tablet-silent', tabletId: setup.tablet.id });
      expect(alert!.facts).toMatchObject({ tabletName: 'Front desk tablet', lastSeenAt: null });
      const [email] = await mail.waitFor(1);
      expect(email!.text).toContain('The tablet “Front desk tablet” has never reported, while the practice is open.');

      const report = await fetch(`${app.url}/api/tablets/report`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${setup.token}` },
        body: JSON.stringify({ appVersion: '1', waiting: 0, undeliverable: 0, storagePersisted: true }),
      });
      expect(report.status).toBe(204);
      await new Promise((r) => setTimeout(r, 400));
      expect(await alertsOf(), 'reporting again raises nothing more').toHaveLength(1);
    },
  );
});
