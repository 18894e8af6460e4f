import { describe, expect, it } from 'vitest';
import { staticParts } from '../../scripts/one-file.js';

describe('the classic script is one file: lazy imports become plain ones', () => {
  it('turns each import() of a path into a promise of a statically imported namespace', () => {
    const out = staticParts(
      `const es = () => import('./es.js').then((m) => m.es);\nconst d = () => import("../d.js");`,
    )!;
    expect(out).toContain(`import * as __pfPart0 from "../d.js";`);
    expect(out).toContain(`import * as __pfPart1 from "./es.js";`);
    expect(out).toContain(`const es = () => Promise.resolve(__pfPart1).then((m) => m.es);`);
    expect(out).toContain(`const d = () => Promise.resolve(__pfPart0);`);
    expect(out).not.toContain('import(');
  });

  it('reads a language file from its JSON string only when the language is asked for', () => {
    const out = staticParts(`const ar = () => import('../translations/ar.js').then((m) => m.ar);`)!;
    expect(out).toContain(`import * as __pfPart0 from "../translations/ar.js";`);
    expect(out).toContain(
      `const ar = () => Promise.resolve().then(() => JSON.parse(__pfPart0.__pfJson)).then((m) => m.ar);`,
    );
  });

  it('leaves a module without dynamic imports, or with a computed one, alone', () => {
    expect(staticParts(`import { a } from './a.js';\nexport const b = a;`)).toBeUndefined();
    expect(staticParts('const load = (name) => import(name);')).toBeUndefined();
  });
});
