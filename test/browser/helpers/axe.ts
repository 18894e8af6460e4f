// axe-core ships as a UMD script without an ES default export; loaded as a module it sets `window.axe`.
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;

/** WCAG 2.2 A/AA with target-size on: the project's bar is 0 violations on every screen. */
export async function axeViolations(context: Element = document.body): Promise<string[]> {
  const result = await axe.run(context, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    rules: { 'target-size': { enabled: true } },
    resultTypes: ['violations'],
  });
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`,
  );
}
