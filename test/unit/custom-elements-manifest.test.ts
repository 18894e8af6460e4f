// custom-elements.json is the elements' public API as tools and practices read it (docs/elements.md). It is written
// by the build from the class comments; this runs the same analyzer with the same configuration and checks what
// comes out, so a member that leaks, an event without a name or an undocumented attribute is caught here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Item {
  name?: string;
  description?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  fieldName?: string;
  type?: { text: string };
}

interface Declaration {
  tagName?: string;
  name: string;
  summary?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

const root = join(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'pf-manifest-'));
let elements: Declaration[] = [];

beforeAll(() => {
  // The analyzer writes into a folder named relative to the working directory.
  execFileSync('npx', ['cem', 'analyze', '--quiet', '--outdir', relative(root, out)], { cwd: root, stdio: 'pipe' });
  const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8')) as {
    modules: { declarations?: Declaration[] }[];
  };
  elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const names = (items: Item[] = []) => items.map((i) => i.name ?? '(unnamed)');

describe('custom-elements.json', () => {
  it('describes the two elements, each with a summary', () => {
    expect(elements.map((e) => [e.tagName, e.name])).toEqual([
      ['pf-first-impression', 'PfFirstImpression'],
      ['pf-what-went-wrong', 'PfWhatWentWrong'],
    ]);
    for (const e of elements) expect(e.summary?.length ?? 0, `${e.tagName} summary`).toBeGreaterThan(40);
  });

  it('lists only public members, every one described: no internals, no field the analyzer made up', () => {
    for (const e of elements) {
      for (const member of e.members ?? []) {
        expect(member.privacy ?? 'public', `${e.tagName}.${member.name}`).toBe('public');
        expect(member.description, `${e.tagName}.${member.name} has a description`).toMatch(/\w/);
      }
    }
  });

  it('names and describes every event, attribute, part and custom property', () => {
    for (const e of elements) {
      for (const kind of ['events', 'attributes', 'cssParts', 'cssProperties'] as const) {
        for (const item of e[kind] ?? []) {
          expect(item.name, `${e.tagName} ${kind}`).toMatch(/\w/);
          expect(item.description, `${e.tagName} ${kind} ${item.name}`).toMatch(/\w/);
        }
      }
    }
  });

  it('is the documented API, name for name (a change here is a change to the public contract)', () => {
    const surface = elements.map((e) => ({
      tag: e.tagName,
      attributes: names(e.attributes)
        .map((name, i) => `${name} → ${e.attributes![i]!.fieldName ?? '—'}`)
        .sort(),
      members: (e.members ?? []).map((m) => `${m.kind} ${m.name}`).sort(),
      events: names(e.events).sort(),
      cssParts: names(e.cssParts).sort(),
      cssProperties: names(e.cssProperties).sort(),
    }));
    expect(surface).toMatchSnapshot();
  });
});
