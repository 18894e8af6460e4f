/**
 * A Vite plugin for the classic script, which is one file with every part inside: each `import('./x.js')` of the
 * sources becomes a static import of the same module, so the bundler lays the parts out like any other module
 * instead of wrapping each in lazy-initialisation code (which costs bytes and start-up time, and buys nothing when
 * the part is in the same file anyway). The code that asked for the part still gets a promise of its namespace.
 *
 * A language file (src/translations/<tag>.ts: data only) is carried as one JSON string and parsed when a page first
 * shows that language: nine languages as object literals cost a slow phone ~20 ms before the first question
 * (`npm run bench -- embed`), a string costs next to nothing until it is needed.
 */
import { parseAst, transformWithEsbuild, type Plugin } from 'vite';
import { LANGUAGES } from '../src/translations/languages.js';

/** The language files (`export const ar: Translation = { … }`, data only), by the tags in src/translations. */
const TAGS = LANGUAGES.filter((tag) => tag !== 'en').join('|');
const isLanguageFile = (id: string): boolean => new RegExp(`/src/translations/(${TAGS})\\.ts$`).test(id);
const isLanguageSpecifier = (specifier: string): boolean =>
  new RegExp(`(^|/)translations/(${TAGS})\\.js$`).test(specifier);

/** A language file's exports as one JSON string, read by the `import()` that asks for it (see staticParts). */
async function languageAsJson(code: string, id: string): Promise<string> {
  const js = (await transformWithEsbuild(code, id, { loader: 'ts', format: 'esm' })).code;
  const exports = (await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`)) as object;
  return `export const __pfJson = ${JSON.stringify(JSON.stringify({ ...exports }))};\n`;
}

interface DynamicImport {
  start: number;
  end: number;
  specifier: string;
}

function dynamicImports(code: string): DynamicImport[] {
  const found: DynamicImport[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; start: number; end: number; source?: { type: string; value: unknown } };
    if (n.type === 'ImportExpression' && n.source?.type === 'Literal' && typeof n.source.value === 'string')
      found.push({ start: n.start, end: n.end, specifier: n.source.value });
    for (const [key, child] of Object.entries(node)) if (key !== 'type') visit(child);
  };
  visit(parseAst(code));
  return found;
}

/** Rewrites the dynamic imports of one module; undefined when it has none. */
export function staticParts(code: string): string | undefined {
  if (!code.includes('import(')) return undefined;
  const found = dynamicImports(code);
  if (!found.length) return undefined;
  let result = code;
  const header: string[] = [];
  found
    .sort((a, b) => b.start - a.start)
    .forEach((d, i) => {
      const name = `__pfPart${i}`;
      header.push(`import * as ${name} from ${JSON.stringify(d.specifier)};`);
      const part = isLanguageSpecifier(d.specifier)
        ? `Promise.resolve().then(() => JSON.parse(${name}.__pfJson))`
        : `Promise.resolve(${name})`;
      result = `${result.slice(0, d.start)}${part}${result.slice(d.end)}`;
    });
  return `${header.join('\n')}\n${result}`;
}

export function oneFilePlugin(): Plugin {
  return {
    name: 'patient-feedback:one-file',
    apply: 'build',
    async transform(code, id) {
      if (id.includes('/node_modules/') || !/\.[cm]?[jt]s$/.test(id)) return null;
      if (isLanguageFile(id)) return { code: await languageAsJson(code, id), map: null };
      const result = staticParts(code);
      return result === undefined ? null : { code: result, map: null };
    },
  };
}
