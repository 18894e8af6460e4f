/**
 * Staff read a practice's own survey in its own words, wherever they read it (issue 12): a submission and the results through the staff API, a patient's
 * data, and the spreadsheet — in Spanish when asked and the definition has it — read from the registry, so a
 * version added through the staff API is worded at once. The JSON export keeps the values exactly as sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultsPage } from '../../../src/core/results-api.js';
import type { InboxPage, SubmissionDetail } from '../../../src/core/staff-api.js';
import { parseCsv } from '../../fixtures/csv-reader.js';
import { practiceSurvey } from '../../fixtures/practice-survey.js';
import { addSurvey, firstImpression, post, removeDir, startCollector, type Running } from '../helpers.js';

describe("a practice's own survey in its own words", () => {
  let app: Running;
  const sent = firstImpression({
    survey: { id: practiceSurvey.id, version: practiceSurvey.version },
    answers: { overall: '9', 'visit-for': ['treatment', 'cleaning'], pain: 'yes', comments: 'Kind nurse' },
  });
  const builtIn = firstImpression({ answers: { overall: 'very-good', wait: 'much-longer' } });
  // A survey version the collector does not hold: stored unchecked, shown as it came.
  const unknown = firstImpression({
    survey: { id: 'smile-dental-2027', version: '3' },
    answers: { overall: 'good', parking: 'hard-to-find' },
  });

  const table = async (query = '') => {
    const text = await (await app.staffFetch(`/api/feedback/export.csv${query}`)).text();
    const [header, ...rows] = parseCsv(text.slice(1));
    return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
  };

  beforeAll(async () => {
    app = await startCollector({ retentionEveryMs: false, resultsEveryMs: false });
    await addSurvey(app, practiceSurvey);
    for (const s of [sent, builtIn, unknown]) expect((await post(app.url, s)).status).toBe(201);
  });
  afterAll(async () => {
    await app.stop();
    removeDir(app.dir);
  });

  const detail = async (id: unknown) =>
    (await (await app.staffFetch(`/api/staff/submissions/${String(id)}`)).json()) as SubmissionDetail;
  const wordsOf = (d: SubmissionDetail) => Object.fromEntries(d.answers.map((a) => [a.title, a.words]));

  it('shows each answer under its question, for staff, in the survey’s words', async () => {
    const answers = wordsOf(await detail(sent.id));
    expect(answers).toMatchObject({
      'What was your visit for?': 'A treatment, A cleaning',
      'Were you kept comfortable during treatment?': 'Yes',
      'Anything else you would like to tell us?': 'Kind nurse',
    });
    expect(JSON.stringify(answers)).not.toContain('treatment, cleaning');
    // The built-in survey's too: the question's words and the answer's, never their ids.
    expect(wordsOf(await detail(builtIn.id))).toMatchObject({
      'How long did you wait to be seen?': 'Much longer than I expected',
    });
    const listed = (await (await app.staffFetch('/api/staff/inbox')).json()) as InboxPage;
    expect(listed.items.find((i) => i.id === sent.id)?.survey.title).toBe('Your visit to Smile Dental');
  });

  it('shows a survey it does not know as it came, without guessing', async () => {
    const answers = wordsOf(await detail(unknown.id));
    expect(answers.parking).toBe('hard-to-find');
  });

  it("counts the practice's own survey apart, in its words, and keeps it out of the Friends and Family Test", async () => {
    const page = (await (await app.staffFetch('/api/staff/results')).json()) as ResultsPage;
    const own = page.ownSurveys.find((o) => o.id === practiceSurvey.id);
    expect(own).toMatchObject({ version: practiceSurvey.version, title: 'Your visit to Smile Dental', answered: 1 });
    const counts = (title: string) =>
      Object.fromEntries(own?.questions.find((q) => q.title === title)?.answers.map((a) => [a.words, a.count]) ?? []);
    expect(counts('What was your visit for?')).toMatchObject({ 'A treatment': 1, 'A cleaning': 1, 'An emergency': 0 });
    expect(counts('Were you kept comfortable during treatment?')).toMatchObject({ Yes: 1 });
    // The Friends and Family Test counts only the standard survey's answers: its "very good", not the 9 (nor the
    // unknown survey's "good").
    expect(page.fft.reduce((n, m) => n + m.all.total, 0)).toBe(1);
    expect(page.fft.reduce((n, m) => n + m.all.counts['very-good'], 0)).toBe(1);
  });

  it('shows them in words on a patient’s data page', async () => {
    const html = await (await app.staffFetch('/staff/patient-data?q=Kind+nurse')).text();
    expect(html).toContain('<dt>What was your visit for?</dt><dd>A treatment, A cleaning</dd>');
  });

  it('writes words in the spreadsheet, in Spanish when asked, and values in the JSON', async () => {
    const [own, standard] = await table();
    expect(own).toMatchObject({ overall: '9', 'visit-for': 'A treatment; A cleaning', pain: 'Yes' });
    expect(standard).toMatchObject({ overall: 'Very good', wait: 'Much longer than I expected' });
    const [ownEs] = await table('?lang=es');
    expect(ownEs).toMatchObject({ 'visit-for': 'Un tratamiento; Una limpieza', pain: 'Sí' });
    expect((await app.staffFetch('/api/feedback/export.csv?lang=fr')).status).toBe(400);
    const json = (await (await app.staffFetch('/api/feedback/export.json')).json()) as { answers: unknown }[];
    expect(json[0]?.answers).toEqual(sent.answers);
  });
});
