/**
 * The collector rolls the results up by itself: at start and then on its timer, until it closes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { totals } from '../../../collector/results/monthly-results.js';
import { firstImpression, post, removeDir, startCollector, type Running } from '../helpers.js';

describe('the results job', () => {
  let app: Running | undefined;
  afterEach(async () => {
    await app?.stop();
    if (app) removeDir(app.dir);
    app = undefined;
  });

  async function watermark(running: Running): Promise<number> {
    const row = await running.collector.store.db
      .selectFrom('rollup_progress')
      .select('through_seq')
      .executeTakeFirstOrThrow();
    return Number(row.through_seq);
  }

  it('folds what arrives on its own, every resultsEveryMs, and results count it either way', async () => {
    app = await startCollector({ resultsEveryMs: 50, retentionEveryMs: false });
    for (const overall of ['good', 'poor']) {
      expect((await post(app.url, firstImpression({ answers: { overall } }))).status).toBe(201);
    }
    expect(totals(await app.collector.results.results({ question: 'overall' }))).toEqual({ good: 1, poor: 1 });
    const deadline = Date.now() + 5000;
    while ((await watermark(app)) < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(await watermark(app)).toBe(2);
    expect(totals(await app.collector.results.results({ question: 'overall' }))).toEqual({ good: 1, poor: 1 });
  });

  it('does nothing with resultsEveryMs: false', async () => {
    app = await startCollector({ resultsEveryMs: false, retentionEveryMs: false });
    expect((await post(app.url, firstImpression())).status).toBe(201);
    await new Promise((r) => setTimeout(r, 200));
    expect(await watermark(app)).toBe(0);
    expect(totals(await app.collector.results.results(), 'overall')).toEqual({ good: 1 });
  });
});
