/**
 * A Vite plugin for the builds that ship to a browser: Lit's `css` and `html` template literals are written to be
 * read (indented, commented, real names) and minified here, so every byte a patient's phone downloads is one that
 * does something.
 *
 *   css`…`   lightningcss minifies; it adds, lowers and polyfills nothing (the CSS is what was written), and is told
 *            the oldest browsers the build targets only so that a fallback such as `100vh` before `100dvh` stays.
 *            Custom properties named `--_…` are the elements' own, not for a page to set, and get short names
 *            from ONE table per build, so a `--_…` set in one stylesheet and read in another (the survey card's
 *            colours, read by its answers' and easy read's stylesheets) has one name everywhere. The table is made
 *            when the build starts, from every `--_…` name in the browser sources (src/, kiosk/, staff/): the most
 *            used first, ties in name order, named `--_a`, `--_b`, … `--_z`, `--_aa`, … It depends only on what
 *            those files say, so the same sources give the same bytes whatever order Vite transforms the modules
 *            in (it does so in parallel). A `--_…` name in no file there is left as written.
 *   html`…`  whitespace only: a run of whitespace next to a block-level tag (`<p>`, `</div>`, …) is dropped, as a
 *            browser would never render it; any other run containing a line break becomes one space. Nothing
 *            inside `<pre>` or `<textarea>` is touched, and no binding, attribute or text changes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Features, transform as transformCss, type Targets } from 'lightningcss';
import { parseAst, type Plugin } from 'vite';

/** The builds' `target: 'es2021'` era: a browser older than these never runs the elements anyway. */
const major = (version: number) => version << 16;
export const CSS_TARGETS: Targets = { chrome: major(90), firefox: major(90), safari: major(14) };
const EVERY_FEATURE = Object.values(Features).reduce((all, flag) => all | flag, 0);

interface Span {
  start: number;
  end: number;
  text: string;
}

interface Node {
  type: string;
  [key: string]: unknown;
}

const isNode = (x: unknown): x is Node => !!x && typeof x === 'object' && typeof (x as Node).type === 'string';

function* walk(node: unknown): Generator<Node> {
  if (Array.isArray(node)) for (const child of node) yield* walk(child);
  else if (isNode(node)) {
    yield node;
    for (const key of Object.keys(node)) if (key !== 'type') yield* walk(node[key]);
  }
}

const shortName = (index: number): string =>
  index < 26 ? String.fromCharCode(97 + index) : shortName(Math.floor(index / 26) - 1) + shortName(index % 26);

const PRIVATE = /--_[\w-]+/g;
/** A script the build reads: TypeScript or JavaScript, of any module kind. */
const SCRIPT = /\.[cm]?[jt]s$/;

/** The folders every browser build's own modules come from. */
export const BROWSER_SOURCES = ['src', 'kiosk', 'staff'].map((dir) =>
  fileURLToPath(new URL(`../${dir}`, import.meta.url)),
);

/** The text of every script in `dirs` and below. */
export function readSources(dirs: readonly string[] = BROWSER_SOURCES): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => SCRIPT.test(file))
      .map((file) => readFileSync(join(dir, file), 'utf8')),
  );
}

/**
 * A short name for every `--_…` name in `sources`: the most used first (the shortest names where they repeat most),
 * ties in name order, so it depends on what the sources say and not on the order they come in.
 */
export function privateNames(sources: Iterable<string>): Map<string, string> {
  const uses = new Map<string, number>();
  for (const source of sources)
    for (const [name] of source.matchAll(PRIVATE)) uses.set(name, (uses.get(name) ?? 0) + 1);
  const order = [...uses].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1));
  return new Map(order.map(([name], i) => [name, `--_${shortName(i)}`]));
}

/**
 * Minified CSS, its `--_name` custom properties renamed from `names` (by default a table of this stylesheet alone);
 * a name not in `names` stays as written.
 */
export function minifyCss(
  source: string,
  {
    names = privateNames([source]),
    filename = 'template.css',
  }: { names?: Map<string, string>; filename?: string } = {},
): string {
  const renamed = source.replace(PRIVATE, (name) => names.get(name) ?? name);
  const { code } = transformCss({
    filename,
    code: Buffer.from(renamed),
    minify: true,
    targets: CSS_TARGETS,
    exclude: EVERY_FEATURE,
  });
  return code.toString();
}

/** Elements whose boundaries make the whitespace beside them invisible (flow layout, `white-space: normal`). */
const BLOCK = new Set(
  (
    'address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 head header hgroup hr html li legend main nav ol p section summary table tbody td tfoot th ' +
    'thead tr ul circle path g title meta link'
  ).split(' '),
);

const tagName = (tag: string): string => /^<\/?([a-zA-Z][\w-]*)/.exec(tag)?.[1]?.toLowerCase() ?? '';

/**
 * The static parts of one `html` template, joined by `hole` where the bindings go, with the whitespace minified.
 * Works on the raw text, so escapes stay escapes; the number of holes never changes.
 */
export function minifyHtml(parts: readonly string[], hole = '\u0001'): string[] {
  const text = parts.join(hole);
  // Leave preformatted content exactly as written.
  if (/<(pre|textarea)\b[^>]*>[^<]*\S/i.test(text)) return [...parts];
  const out = text.replace(/\s+/g, (space: string, at: number) => {
    const before = text.slice(0, at);
    const after = text.slice(at + space.length);
    const endsTag = before.endsWith('>') ? before.slice(before.lastIndexOf('<')) : '';
    const startsTag = after.startsWith('<') ? after : '';
    if ((endsTag && BLOCK.has(tagName(endsTag))) || (startsTag && BLOCK.has(tagName(startsTag)))) return '';
    return /[\n\r]/.test(space) ? ' ' : space;
  });
  return out.split(hole);
}

/** Turns minified CSS back into template-literal source. */
const escapeTemplate = (text: string): string => text.replace(/[\\`]|\$\{/g, (c) => `\\${c}`);

/**
 * Rewrites every `css` and `html` tagged template of one module; undefined when nothing changed. `names` renames the
 * private custom properties (by default a table of this module alone).
 */
export function minifyTemplates(code: string, id: string, names = privateNames([code])): string | undefined {
  if (!/\b(css|html)`/.test(code)) return undefined;
  const edits: Span[] = [];
  for (const node of walk(parseAst(code))) {
    if (node.type !== 'TaggedTemplateExpression') continue;
    const tag = node['tag'] as Node & { name?: string };
    const quasis = (node['quasi'] as { quasis: (Span & { value: { raw: string; cooked: string | null } })[] }).quasis;
    if (tag.type !== 'Identifier') continue;
    if (tag.name === 'css' && quasis.length === 1 && quasis[0]!.value.cooked != null) {
      const quasi = quasis[0]!;
      edits.push({
        start: quasi.start,
        end: quasi.end,
        text: escapeTemplate(minifyCss(quasi.value.cooked!, { names, filename: id })),
      });
    } else if (tag.name === 'html') {
      const minified = minifyHtml(quasis.map((q) => q.value.raw));
      quasis.forEach((q, i) => edits.push({ start: q.start, end: q.end, text: minified[i]! }));
    }
  }
  if (!edits.length) return undefined;
  let result = code;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

/** The plugin; `sources` are the folders whose `--_…` names make the build's table (see the top of this file). */
export function minifyTemplatesPlugin(sources: readonly string[] = BROWSER_SOURCES): Plugin {
  let names = new Map<string, string>();
  return {
    name: 'patient-feedback:minify-templates',
    apply: 'build',
    buildStart() {
      names = privateNames(readSources(sources));
    },
    transform(code, id) {
      if (id.includes('/node_modules/') || !SCRIPT.test(id)) return null;
      const result = minifyTemplates(code, id, names);
      return result === undefined ? null : { code: result, map: null };
    },
  };
}
