import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstImpression, post, removeDir, startCollector, whatWentWrong, type Running } from './helpers.js';

/** Front-office staff read the inbox: questions and answers in words, not the survey's ids. */
describe('the staff inbox speaks the way staff do', () => {
  let app: Running;
  let html = '';
  beforeAll(async () => {
    app = await startCollector();
    const surveyed = firstImpression({
      answers: { overall: 'poor', greeting: 'very-good', wait: 'much-longer', comments: 'The chair was broken.' },
    });
    const recovery = whatWentWrong({
      relatedTo: surveyed.id,
      answers: { categories: ['wait-time', 'billing'], details: 'Waited an hour.' },
    });
    // The survey this one followed is still queued on the tablet: staff get the id to match later.
    const early = whatWentWrong({ relatedTo: 'c0ffee00-0000-4000-8000-000000000000' });
    const custom = firstImpression({
      survey: { id: 'smile-dental-2027', version: '3' },
      answers: { overall: 'good', parking: 'hard-to-find' },
    });
    for (const s of [surveyed, recovery, early, custom]) expect((await post(app.url, s)).status).toBe(201);
    html = await (await app.staffFetch(`/staff/`)).text();
  });
  afterAll(async () => {
    await app.stop();
    removeDir(app.dir);
  });

  it('names what a problem was about in words', () => {
    expect(html).toContain('Wait time, Billing and insurance');
    expect(html).not.toContain('wait-time');
  });

  it('shows each first-impression answer under its question', () => {
    expect(html).toContain('How were you greeted when you arrived?</span> Very good');
    expect(html).toContain('How long did you wait to be seen?</span> Much longer than I expected');
    expect(html).toContain('Is there anything you would like to tell us?</span> The chair was broken.');
  });

  it('says which survey a case followed in words, not by its id', () => {
    expect(html).toMatch(/<dt>After the survey<\/dt><dd>Poor overall, \d{4}-\d\d-\d\d \d\d:\d\d [^<]+<\/dd>/);
    expect(html).toContain('<dd>c0ffee00-0000-4000-8000-000000000000 (not received yet)</dd>');
  });

  it("shows a practice's own survey as it came, without guessing", () => {
    expect(html).toContain('parking</span> hard-to-find');
  });

  it('asks for no favicon it does not have (no 404 in the staff console)', () => {
    expect(html).toContain('<link rel="icon" href="data:,">');
  });
});
