// The build's template minifier (scripts/minify-templates.ts): readable sources in, small output out, and the
// output must mean what the source meant.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { minifyCss, minifyHtml, minifyTemplates } from '../../scripts/minify-templates.js';

const stylesSource = readFileSync(
  new URL('../../src/elements/survey-form/survey-form.styles.ts', import.meta.url),
  'utf8',
);
const readableCss = stylesSource.slice(stylesSource.indexOf('css`') + 4, stylesSource.lastIndexOf('`'));

describe('css templates', () => {
  it("shrinks the survey card's readable stylesheet by a third, with every theme token still read", () => {
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
