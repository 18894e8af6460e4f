/**
 * Staff read a practice's own survey in its own words, wherever they read it (issue 12): the inbox, a patient's
 * data, and the spreadsheet — in Spanish when asked and the definition has it — read from the registry, so a
 * version added through the staff API is worded at once. The JSON export keeps the values exactly as sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  const table = async (query = '') => {
    const text = await (await app.staffFetch(`/api/feedback/export.csv${query}`)).text();
    const [header, ...rows] = parseCsv(text.slice(1));
    return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
  };

  beforeAll(async () => {
    app = await startCollector({ retentionEveryMs: false, resultsEveryMs: false });
    await addSurvey(app, practiceSurvey);
    for (const s of [sent, builtIn]) expect((await post(app.url, s)).status).toBe(201);
  });
  afterAll(async () => {
    await app.stop();
    removeDir(app.dir);
  });

  it('shows each answer under its question in the inbox', async () => {
    const html = await (await app.staffFetch('/staff/')).text();
    expect(html).toContain('What was your visit for?</span> A treatment, A cleaning');
    expect(html).toContain('Were you kept comfortable during treatment?</span> Yes');
    expect(html).toContain('Anything else you would like to tell us?</span> Kind nurse');
    expect(html).not.toContain('treatment, cleaning');
  });

  it("counts the practice's own survey apart, in its words, and keeps it out of the Friends and Family Test", async () => {
    const html = await (await app.staffFetch('/staff/')).text();
    expect(html).toContain('Your visit to Smile Dental <span class="when">(version 2: 1 answered)</span>');
    expect(html).toContain('<li>9: <strong>1</strong></li>');
    expect(html).toContain('<li>A treatment: <strong>1</strong></li><li>An emergency: <strong>0</strong></li>');
    expect(html).toContain(
      'Were you kept comfortable during treatment?</dt><dd><ul class="counts"><li>Yes: <strong>1</strong>',
    );
    // The standard survey's headline counts only its own answers.
    expect(html).toContain('<li>Very good: <strong>1</strong></li>');
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
