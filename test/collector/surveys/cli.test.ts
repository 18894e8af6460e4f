/**
 * `npm run staff -- survey add <file.json>` and `survey list`, as an administrator types them: the real command line
 * against a temp DATA_DIR. A mistake in the file is named by its path and nothing is written (exit 1); a good file is
 * added, listed with where it is published, and the same file again changes nothing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practiceSurvey } from '../../fixtures/practice-survey.js';
import { staff } from '../accounts/run-staff.js';
import { engines, type TestDatabase } from '../engines.js';

const sqlite = engines.find((e) => e.name === 'sqlite');

describe('npm run staff -- survey', { timeout: 60_000 }, () => {
  let database: TestDatabase;
  const folder = mkdtempSync(join(tmpdir(), 'pf-survey-files-'));
  const file = (name: string, content: unknown) => {
    const path = join(folder, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    return path;
  };
  beforeAll(async () => {
    database = await sqlite!.newDatabase();
  });
  afterAll(async () => {
    await database.remove();
  });

  it('refuses a mistaken file naming the path, and writes nothing', async () => {
    const mistaken = structuredClone(practiceSurvey) as unknown as { questions: { options?: unknown[] }[] };
    mistaken.questions[1]!.options = [];
    const refused = await staff(database, ['survey', 'add', file('mistaken.json', mistaken)]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Not added. questions[1].options: needs at least 2 options');

    const broken = await staff(database, ['survey', 'add', file('broken.json', '{ "id": ')]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('not valid JSON');
    const missing = await staff(database, ['survey', 'add', join(folder, 'nowhere.json')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/Cannot read .*nowhere\.json: ENOENT/);
    const unknown = await staff(database, ['survey', 'add', file('good.json', practiceSurvey), '--practice', 'mars']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('There is no practice "mars"');
    expect((await staff(database, ['survey', 'add'])).status).toBe(2);

    const list = await staff(database, ['survey', 'list']);
    expect(list.stdout).toContain('Surveys (2):');
    expect(list.stdout).not.toContain('smile-dental-visit');
  });

  it('adds a good file, lists it with its address, and adding it again changes nothing', async () => {
    const added = await staff(database, ['survey', 'add', file('good.json', practiceSurvey)]);
    expect(added.status).toBe(0);
    expect(added.stdout).toContain('Added: smile-dental-visit version 2.');
    expect(added.stdout).toContain('/surveys/smile-dental-visit/2.json');
    const again = await staff(database, ['survey', 'add', file('good.json', practiceSurvey)]);
    expect(again.stdout).toContain('Already there, the same: nothing changed');
    const list = await staff(database, ['survey', 'list']);
    expect(list.stdout).toContain('Surveys (3):');
    expect(list.stdout).toMatch(/smile-dental-visit version 2\s+Your visit to Smile Dental/);
    expect(list.stdout).toContain('every practice, not answered yet (may be replaced)');
  });
});
