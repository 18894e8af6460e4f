/**
 * Patients' words and phone numbers are on disk: only the collector's user may read them.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../collector/store/index.js';
import { firstImpression } from '../helpers.js';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

const mode = (path: string) => statSync(path).mode & 0o777;

describe('the SQLite files', () => {
  it('are created 0600 — the database, its -wal and -shm — in a folder created 0700', async () => {
    root = mkdtempSync(join(tmpdir(), 'pf-files-'));
    const dataDir = join(root, 'deep', 'data');
    const store = await openStore({ dataDir, log: () => undefined });
    try {
      await store.save(firstImpression() as { id: string; kind: string });
      const files = readdirSync(dataDir).sort();
      expect(files).toEqual(['feedback.sqlite', 'feedback.sqlite-shm', 'feedback.sqlite-wal']);
      for (const name of files) expect([name, mode(join(dataDir, name))]).toEqual([name, 0o600]);
      expect(mode(dataDir)).toBe(0o700);
    } finally {
      await store.close();
    }
  });

  it('are made private in a shared folder, which is left as it is and said so', async () => {
    root = mkdtempSync(join(tmpdir(), 'pf-files-'));
    const dataDir = join(root, 'shared');
    mkdirSync(dataDir, { mode: 0o755 });
    writeFileSync(join(dataDir, 'notes.txt'), 'not ours');
    const logs: string[] = [];
    const store = await openStore({ dataDir, log: (l) => logs.push(l) });
    try {
      await store.save(firstImpression() as { id: string; kind: string });
      expect(mode(dataDir)).toBe(0o755);
      expect(logs.some((l) => l.includes(dataDir) && l.includes('left as it is'))).toBe(true);
      for (const name of readdirSync(dataDir).filter((n) => n.startsWith('feedback'))) {
        expect([name, mode(join(dataDir, name))]).toEqual([name, 0o600]);
      }
    } finally {
      await store.close();
    }
  });
});
