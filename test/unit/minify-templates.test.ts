// The build's template minifier (scripts/minify-templates.ts): readable sources in, small output out, and the
// output must mean what the source meant.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  minifyCss,
  minifyHtml,
  minifyTemplates,
  minifyTemplatesPlugin,
  privateNames,
} from '../../scripts/minify-templates.js';

/** The readable CSS of the one `css` template in a source file of the survey form. */
const readableCssOf = (file: string): string => {
  const source = readFileSync(new URL(`../../src/elements/survey-form/${file}`, import.meta.url), 'utf8');
  return source.slice(source.indexOf('css`') + 4, source.lastIndexOf('`'));
};
const surveyFormSheets = ['card.styles.ts', 'answers.styles.ts', 'display-settings.styles.ts'];
const readableCss = surveyFormSheets.map(readableCssOf).join('\n');

/**
 * What a build makes of `modules` ([file name, code]) when Vite hands them to the plugin in that order: one plugin
 * instance, started as a build starts it (its name table from the project's browser sources).
 */
function build(modules: (readonly [string, string])[]): Record<string, string> {
  const plugin = minifyTemplatesPlugin();
  (plugin.buildStart as () => void)();
  const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
  return Object.fromEntries(
    modules.map(([file, code]) => [file, transform(code, `/project/src/elements/survey-form/${file}`)!.code]),
  );
}

/** The survey form's stylesheets and easy read's, each as a module of its own, as the build sees them. */
const sheetModules = [...surveyFormSheets, 'easy-read.ts'].map(
  (file) => [file.replace(/\.ts$/, '.js'), `export const styles = css\`${readableCssOf(file)}\`;`] as const,
);

describe('css templates', () => {
  it("shrinks the survey card's readable stylesheets by a third, with every theme token still read", () => {
    const min = minifyCss(readableCss);
    expect(min.length).toBeLessThan(readableCss.length * 0.65);
    expect(min).not.toMatch(/\/\*|\n/);
    const tokens = (css: string) => [...new Set(css.match(/--pf-[\w-]+/g))].sort();
    expect(tokens(min)).toEqual(tokens(readableCss));
    expect(tokens(min)).toContain('--pf-kiosk-font-size');
  });

  it('gives private --_ names one letter each, the same letter wherever a name is used', () => {
    const min = minifyCss(
      '.c{--_accent:var(--pf-accent,#0b6e4f);--_accent-text:var(--_accent)}b{color:var(--_accent-text)}',
    );
    expect(min).toBe('.c{--_a:var(--pf-accent,#0b6e4f);--_b:var(--_a)}b{color:var(--_b)}');
  });

  it('gives a private name one short name in two stylesheets that share a table', () => {
    const card = '.card{--_edge:1px solid;--_ink:navy}';
    const tile = '.tile{color:var(--_ink)}';
    const names = privateNames([card, tile]);
    expect(minifyCss(card, { names })).toBe('.card{--_b:1px solid;--_a:navy}');
    expect(minifyCss(tile, { names })).toBe('.tile{color:var(--_a)}');
  });

  it('names the most used private properties shortest, ties in name order, whatever order the sources come in', () => {
    const rare = Array.from({ length: 30 }, (_, i) => `.r${i}{--_rare-${String(i).padStart(2, '0')}:0}`).join('');
    const common = '.x{--_zz-common:1}.y{margin:var(--_zz-common)}.z{padding:var(--_zz-common)}';
    const names = privateNames([rare, common]);
    expect(names.get('--_zz-common')).toBe('--_a');
    expect(names.get('--_rare-00')).toBe('--_b');
    expect(names.get('--_rare-29')).toBe('--_ae');
    expect([...privateNames([common, rare])]).toEqual([...names]);
    expect([...privateNames(['.b{--_beta:0}', '.a{--_alpha:0}'])]).toEqual([
      ['--_alpha', '--_a'],
      ['--_beta', '--_b'],
    ]);
  });

  it('leaves a private name the table does not know as written', () => {
    expect(minifyCss('a{--_elsewhere:0}', { names: new Map() })).toBe('a{--_elsewhere:0}');
  });

  it("keeps the card's private colours one name in the answers', the display settings' and easy read's stylesheets", () => {
    const out = build(sheetModules);
    // The short name the card's container gives what it reads from a theme token.
    const fromToken = (token: string) => new RegExp(`(--_\\w+):var\\(${token}[,)]`).exec(out['card.styles.js']!)![1];
    const accentText = fromToken('--pf-accent-text');
    expect(/\.face\{[^}]*stroke:var\((--_\w+)\)/.exec(out['answers.styles.js']!)![1]).toBe(accentText);
    expect(/\.picture\{[^}]*stroke:var\((--_\w+)\)/.exec(out['easy-read.js']!)![1]).toBe(accentText);
    expect(/\.on\{[^}]*background:var\((--_\w+)\)/.exec(out['answers.styles.js']!)![1]).toBe(
      fromToken('--pf-selected'),
    );
    // "More contrast": hints and borders take the text colour.
    expect(out['display-settings.styles.js']).toContain(
      `.container{${fromToken('--pf-muted')}:var(${fromToken('--pf-text')});`,
    );
    // Every name is short: the table has every name the sources use.
    for (const code of Object.values(out)) expect(code).not.toMatch(/--_[\w-]{3}/);
  });

  it('names private properties the same whatever order the build transforms the modules in', () => {
    const inOrder = build(sheetModules);
    const reversed = build([...sheetModules].reverse());
    expect(reversed).toEqual(inOrder);
    const easyReadFirst = build([sheetModules.at(-1)!, ...sheetModules.slice(0, -1)]);
    expect(easyReadFirst).toEqual(inOrder);
  });

  it('keeps a fallback for older browsers and adds nothing the source did not say', () => {
    const min = minifyCss(':host { min-height: 100vh; min-height: 100dvh; color-scheme: light dark; }');
    expect(min.indexOf('min-height:100vh')).toBeGreaterThan(-1);
    expect(min.indexOf('min-height:100vh')).toBeLessThan(min.indexOf('min-height:100dvh'));
    expect(min).toContain('color-scheme:light dark');
    expect(min.replace(/min-height:100d?vh|color-scheme:light dark|[:{};]|host/g, '')).toBe('');
  });
});

describe('html templates', () => {
  it('drops whitespace beside block-level tags and keeps one space between inline content', () => {
    const [only] = minifyHtml([
      '\n  <div class="a">\n    <p>One</p>\n    <span>two</span>\n    <b>three</b>\n  </div>\n',
    ]);
    expect(only).toBe('<div class="a"><p>One</p><span>two</span> <b>three</b></div>');
  });

  it('never moves a binding: the parts around each hole stay the same in number, whitespace beside them kept as one space', () => {
    const parts = ['<label for=', '>\n      ', ' <span class="hint">', '</span></label>\n    <p id=', '>', '</p>'];
    const min = minifyHtml(parts);
    expect(min).toEqual(['<label for=', '> ', ' <span class="hint">', '</span></label><p id=', '>', '</p>']);
  });

  it('collapses line breaks inside a tag to one space, so attributes stay apart', () => {
    expect(minifyHtml(['<input\n      type="text"\n      .value=', '\n      @input=', '\n    />'])).toEqual([
      '<input type="text" .value=',
      ' @input=',
      ' />',
    ]);
  });

  it('leaves preformatted text alone', () => {
    const parts = ['<pre>\n  a\n    b\n</pre>'];
    expect(minifyHtml(parts)).toEqual(parts);
  });
});

describe('a module', () => {
  it('rewrites css and html tagged templates only; what the templates say at run time is what the source said', () => {
    const code = [
      'const styles = css`\n  .a {\n    content: "\\` \\${x}";\n  }\n`;',
      'const view = (x) => html`\n  <p>\n    ${x}\n  </p>\n`;',
      'const other = `\n  <p> untouched </p>\n`;',
      'var result = [styles, view(1), other];',
    ].join('\n');
    const out = minifyTemplates(code, 'module.js')!;
    const css = (strings: TemplateStringsArray) => strings.join('|');
    const html = (strings: TemplateStringsArray, ...values: unknown[]) => strings.join(`${String(values[0])}`);
    const run = (source: string) => runInNewContext(`${source}\nresult;`, { css, html }) as string[];
    expect(run(out)).toEqual(['.a{content:"` ${x}"}', '<p>1</p>', '\n  <p> untouched </p>\n']);
    expect(run(code)[0]).toContain('content: "` ${x}"');
  });

  it('answers undefined for a module without templates, so the build leaves it as it is', () => {
    expect(minifyTemplates('export const a = 1;', 'a.js')).toBeUndefined();
  });
});
