/**
 * A Vite plugin for the builds that ship to a browser: Lit's `css` and `html` template literals are written to be
 * read (indented, commented, real names) and minified here, so every byte a patient's phone downloads is one that
 * does something.
 *
 *   css`…`   lightningcss minifies; it adds, lowers and polyfills nothing (the CSS is what was written), and is told
 *            the oldest browsers the build targets only so that a fallback such as `100vh` before `100dvh` stays.
 *            Custom properties named `--_…` are private to their stylesheet and get one-letter names.
 *   html`…`  whitespace only: a run of whitespace next to a block-level tag (`<p>`, `</div>`, …) is dropped, as a
 *            browser would never render it; any other run containing a line break becomes one space. Nothing
 *            inside `<pre>` or `<textarea>` is touched, and no binding, attribute or text changes.
 */
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

/** Minified CSS; `--_name` custom properties renamed `--_a`, `--_b`, … in order of first use. */
export function minifyCss(source: string, filename = 'template.css'): string {
  const names = new Map<string, string>();
  const renamed = source.replace(/--_[\w-]+/g, (name) => {
    if (!names.has(name)) names.set(name, `--_${shortName(names.size)}`);
    return names.get(name)!;
  });
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

/** Rewrites every `css` and `html` tagged template of one module; undefined when nothing changed. */
export function minifyTemplates(code: string, id: string): string | undefined {
  if (!/\b(css|html)`/.test(code)) return undefined;
  const edits: Span[] = [];
  for (const node of walk(parseAst(code))) {
    if (node.type !== 'TaggedTemplateExpression') continue;
    const tag = node['tag'] as Node & { name?: string };
    const quasis = (node['quasi'] as { quasis: (Span & { value: { raw: string; cooked: string | null } })[] }).quasis;
    if (tag.type !== 'Identifier') continue;
    if (tag.name === 'css' && quasis.length === 1 && quasis[0]!.value.cooked != null) {
      const quasi = quasis[0]!;
      edits.push({ start: quasi.start, end: quasi.end, text: escapeTemplate(minifyCss(quasi.value.cooked!, id)) });
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

export function minifyTemplatesPlugin(): Plugin {
  return {
    name: 'patient-feedback:minify-templates',
    apply: 'build',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.[cm]?[jt]s$/.test(id)) return null;
      const result = minifyTemplates(code, id);
      return result === undefined ? null : { code: result, map: null };
    },
  };
}
