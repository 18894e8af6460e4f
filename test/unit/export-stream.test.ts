import { describe, expect, it } from 'vitest';
import type { Submission } from '../../src/core/definition.js';
import { buildSubmission } from '../../src/core/submission.js';
import {
  csvColumns,
  csvWriter,
  fhirBundleWriter,
  jsonWriter,
  toCsv,
  toFhirBundle,
  toJson,
  writeAll,
  writeChunks,
  type ExportWriter,
} from '../../src/export/index.js';
import { firstImpression, whatWentWrong } from '../../src/surveys/index.js';

// The collector streams exports of any size through these writers; a streamed file must be byte for byte the file
// the kiosk builds in memory, whatever the chunk size.

const now = new Date('2026-11-22T10:15:00.000Z');
const many: Submission[] = Array.from({ length: 25 }, (_, i) =>
  i % 3 === 0
    ? buildSubmission({
        definition: whatWentWrong,
        answers: { categories: ['billing'], details: `Line one\r\n"${i}" – 歯が痛い`, remedy: '=1+1' },
        lang: 'en',
        channel: 'embed',
        now,
      })
    : buildSubmission({
        definition: firstImpression,
        answers: { overall: 'good', comments: `visit ${i}` },
        lang: 'es',
        channel: 'kiosk',
        now,
      }),
);

async function* slowly(items: readonly Submission[]): AsyncGenerator<Submission> {
  for (const s of items) {
    await Promise.resolve();
    yield s;
  }
}

async function streamed(make: () => ExportWriter, items: readonly Submission[], chunkChars: number) {
  const chunks: string[] = [];
  for await (const chunk of writeChunks(make(), slowly(items), chunkChars)) chunks.push(chunk);
  return chunks;
}

describe('streamed exports', () => {
  for (const count of [0, 1, 25]) {
    const items = many.slice(0, count);

    it(`JSON of ${count} submissions is the in-memory file, in chunks`, async () => {
      const chunks = await streamed(jsonWriter, items, 100);
      expect(chunks.join('')).toBe(toJson(items));
      expect(chunks.join('')).toBe(JSON.stringify(items, null, 2) + '\n');
      if (count === 25) expect(chunks.length).toBeGreaterThan(5);
    });

    it(`FHIR of ${count} submissions is JSON.stringify of the Bundle`, async () => {
      const chunks = await streamed(() => fhirBundleWriter(undefined, now), items, 500);
      expect(chunks.join('')).toBe(JSON.stringify(toFhirBundle(items, undefined, now), null, 2));
    });

    it(`CSV of ${count} submissions, columns seen first, is the in-memory file`, async () => {
      const columns = csvColumns();
      for await (const s of slowly(items)) columns.see(s);
      const chunks = await streamed(() => csvWriter(columns), items, 200);
      expect(chunks.join('')).toBe(toCsv(items));
    });
  }

  it('a custom answer seen in the first pass gets its column in the header', () => {
    const withExtra = [...many, { ...many[1]!, id: 'custom-1', answers: { overall: 'good', extra: 'custom answer' } }];
    const columns = csvColumns();
    for (const s of withExtra) columns.see(s);
    const text = writeAll(csvWriter(columns), withExtra);
    expect(text).toBe(toCsv(withExtra));
    expect(text.split('\r\n')[0]!.split(',').at(-1)).toBe('extra');
  });
});
