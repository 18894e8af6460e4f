// Where the embed's bytes go: each part bundled alone (minified, brotli -11), the rest left external,
// then the whole IIFE. For deciding what to shrink; `npm run bench` prints the official figures.
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';

const parts = {
  'lit (lit, lit-html, reactive-element)': { contents: "export * from 'lit';", external: [] },
  idb: { contents: "export * from 'idb';", external: [] },
  'delivery (src/delivery)': { entry: 'src/delivery/index.ts', external: ['idb', 'lit'] },
  'core used by the elements (src/core)': {
    contents: ['parse', 'flow', 'validate', 'submission', 'reference', 'text']
      .map((name) => `export * from './src/core/${name}.ts';`)
      .join(' '),
    external: [],
  },
  'built-in surveys (src/surveys)': { entry: 'src/surveys/index.ts', external: [] },
  'UI strings (src/i18n)': { entry: 'src/i18n/index.ts', external: [] },
  'elements (src/elements, alone)': {
    entry: 'src/elements/define.ts',
    external: ['lit', 'lit/*', 'idb'],
    outside: /\/(core|delivery|surveys|i18n)\//,
  },
  'whole embed (src/index.ts)': { entry: 'src/index.ts', external: [] },
};

// Leaves the other parts out of the elements' own figure (esbuild's `external` takes one wildcard only).
const leaveOut = (filter) => ({
  name: 'leave-out',
  setup(b) {
    b.onResolve({ filter }, (args) => ({ path: args.path, external: true }));
  },
});

const brotli = (text) => brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
for (const [label, part] of Object.entries(parts)) {
  const result = await build({
    ...(part.entry
      ? { entryPoints: [part.entry] }
      : { stdin: { contents: part.contents, resolveDir: process.cwd(), loader: 'ts' } }),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    write: false,
    charset: 'utf8',
    external: part.external,
    logLevel: 'silent',
    plugins: part.outside ? [leaveOut(part.outside)] : [],
  });
  const code = result.outputFiles[0].text;
  console.log(
    `${label.padEnd(42)} ${(code.length / 1024).toFixed(1).padStart(6)} KB min ${(brotli(code) / 1024).toFixed(2).padStart(6)} KB br`,
  );
}
