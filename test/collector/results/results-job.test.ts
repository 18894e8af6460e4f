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

  it('reads long submissions a few at a time, so a flood of them never sits in memory 5,000 at once', async () => {
    app = await startCollector({ resultsEveryMs: false, retentionEveryMs: false });
    const long = 'x'.repeat(60_000);
    const { store } = app.collector;
    for (let i = 0; i < 200; i += 1) {
      await store.save(
        firstImpression({ answers: { overall: 'good', comments: long } }) as { id: string; kind: string },
      );
    }
    // About READ_CHARS (2 MB) of text per chunk: 50 rows first, then some 34 at a time, not all 200 in one.
    const report = await app.collector.results.fold({ chunk: 5000 });
    expect(report.folded).toBe(200);
    expect(report.chunks).toBeGreaterThanOrEqual(5);
    expect(totals(await app.collector.results.results(), 'overall')).toEqual({ good: 200 });
    // Ordinary submissions still come in large chunks.
    for (let i = 0; i < 300; i += 1) await store.save(firstImpression() as { id: string; kind: string });
    const ordinary = await app.collector.results.fold({ chunk: 5000 });
    expect(ordinary.folded).toBe(300);
    expect(ordinary.chunks).toBeLessThanOrEqual(2);
  });
});
