import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { firstImpression, post, removeDir, startCollector } from './helpers.js';

describe('the SQLite store', () => {
  it('runs in WAL mode with synchronous FULL', async () => {
    const app = await startCollector();
    try {
      // FULL: an acknowledged submission survives a power cut.
      expect(await app.collector.store.durability()).toEqual({ journal_mode: 'wal', synchronous: 'full' });
      // Another process opening the file (a backup, an admin) sees WAL too: it is a property of the file.
      const other = new Database(app.dbPath, { readonly: true });
      expect(other.pragma('journal_mode', { simple: true })).toBe('wal');
      other.close();
    } finally {
      await app.stop();
      removeDir(app.dir);
    }
  });

  it('keeps every submission across a restart, and still recognises repeats', async () => {
    let app = await startCollector();
    try {
      const kept = firstImpression();
      const ack = await (await post(app.url, kept)).json();
      app = await app.restart();
      const all = await (await app.staffFetch(`/api/feedback/export.json`)).json();
      expect(all).toEqual([kept]);
      const again = await post(app.url, kept);
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual(ack);
      expect(await app.collector.store.count()).toBe(1);
    } finally {
      await app.stop();
      removeDir(app.dir);
    }
  });

  it('tells two concurrent deliveries of the same submission apart from a new one: one row, one 201', async () => {
    const app = await startCollector();
    try {
      const submission = firstImpression();
      const answers = await Promise.all(Array.from({ length: 8 }, () => post(app.url, submission)));
      const statuses = answers.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
      expect(await app.collector.store.count()).toBe(1);
    } finally {
      await app.stop();
      removeDir(app.dir);
    }
  });

  it('commits submissions that arrive together in one go, and answers each only once it is on disk', async () => {
    const app = await startCollector();
    try {
      const distinct = Array.from({ length: 40 }, () => firstImpression());
      const twice = firstImpression();
      const answers = await Promise.all([...distinct, twice, twice].map((s) => post(app.url, s)));
      const statuses = answers.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(41);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      // Another connection (a backup, another process) sees every acknowledged row: each was committed first.
      const other = new Database(app.dbPath, { readonly: true });
      const { n } = other.prepare('SELECT COUNT(*) AS n FROM submissions').get() as { n: number };
      other.close();
      expect(n).toBe(41);
    } finally {
      await app.stop();
      removeDir(app.dir);
    }
  });
});
