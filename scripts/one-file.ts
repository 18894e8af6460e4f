/**
 * A Vite plugin for the classic script, which is one file with every part inside: each `import('./x.js')` of the
 * sources becomes a static import of the same module, so the bundler lays the parts out like any other module
 * instead of wrapping each in lazy-initialisation code (which costs bytes and start-up time, and buys nothing when
 * the part is in the same file anyway). The code that asked for the part still gets a promise of its namespace.
 */
import { parseAst, type Plugin } from 'vite';

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
      result = `${result.slice(0, d.start)}Promise.resolve(${name})${result.slice(d.end)}`;
    });
  return `${header.join('\n')}\n${result}`;
}

export function oneFilePlugin(): Plugin {
  return {
    name: 'patient-feedback:one-file',
    apply: 'build',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.[cm]?[jt]s$/.test(id)) return null;
      const result = staticParts(code);
      return result === undefined ? null : { code: result, map: null };
    },
  };
}
