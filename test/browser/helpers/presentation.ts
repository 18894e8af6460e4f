/**
 * How a screen is presented, for the zoom, contrast, motion and right-to-left tests: media features Chromium can
 * emulate, screenshots for the artefacts (test/server/presentation-commands.mjs), text spacing injected into every
 * shadow root, and the checks that fail when text scrolls sideways or is clipped.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { allElements } from './by-role.js';

export type MediaFeature =
  | { name: 'forced-colors'; value: 'active' | 'none' }
  | { name: 'prefers-contrast'; value: 'more' | 'less' | 'no-preference' }
  | { name: 'prefers-reduced-motion'; value: 'reduce' | 'no-preference' }
  | { name: 'prefers-color-scheme'; value: 'light' | 'dark' };

/** Replaces every emulated media feature; `[]` ends the emulation. */
export async function emulateMediaFeatures(features: MediaFeature[]): Promise<void> {
  await executeServerCommand('emulate-media-features', features);
}

/** Writes .test-results/screenshots/<name>.png; returns its path (the test server serves it from there). */
export async function saveScreenshot(name: string): Promise<string> {
  return executeServerCommand<string, { name: string }>('save-screenshot', { name: name.replace(/[^\w.-]+/g, '-') });
}

/** The colour of one CSS pixel of a saved screenshot (device pixel ratio 1), as [r, g, b]. */
export async function pixelOf(path: string, x: number, y: number): Promise<[number, number, number]> {
  const image = await createImageBitmap(await (await fetch(`/${path}`, { cache: 'no-store' })).blob());
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const [r, g, b] = context.getImageData(Math.round(x), Math.round(y), 1, 1).data;
  return [r!, g!, b!];
}

/** WCAG 1.4.12's bookmarklet spacing, with !important so it wins over the element's own styles. */
const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important }
p { margin-bottom: 2em !important }`;

/** Applies the text spacing a reader's own style sheet would: to the page and into every shadow root under `root`. */
export function applyTextSpacing(root: Element): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SPACING);
  const roots: (Document | ShadowRoot)[] = [document];
  for (const el of [root, ...allElements(root)]) if (el.shadowRoot) roots.push(el.shadowRoot);
  for (const r of roots) r.adoptedStyleSheets = [...r.adoptedStyleSheets, sheet];
  return () => {
    for (const r of roots) r.adoptedStyleSheets = r.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

const describe = (el: Element) =>
  `<${el.localName}${el.className && typeof el.className === 'string' ? '.' + el.className.replace(/ /g, '.') : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;

/** Visually hidden on purpose (a legend for screen readers, the honeypot): not text a reader is meant to see. */
function hiddenOnPurpose(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host || null)) {
    if (e.getAttribute('aria-hidden') === 'true') return true;
    const s = getComputedStyle(e);
    if (s.clipPath.startsWith('inset(50%')) return true;
  }
  return false;
}

/**
 * Whether a box that clips its overflow cuts off something a reader should see. A box holding something hidden on
 * purpose (a visually hidden legend) is judged by where its visible descendants reach; any other by its content.
 */
function clipped(el: Element): boolean {
  const inside = [...el.querySelectorAll('*')];
  if (!inside.some(hiddenOnPurpose))
    return el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
  const box = el.getBoundingClientRect();
  return inside.some((d) => {
    if (hiddenOnPurpose(d)) return false;
    const r = d.getBoundingClientRect();
    return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1);
  });
}

/**
 * What a reader at this width would lose: the page scrolling sideways, anything sticking out past the viewport's
 * left or right edge, and any box whose own content is wider than it (text running out of a tile or a button) or,
 * where its overflow is hidden, taller than it (text cut off). Empty when nothing is lost.
 */
export function reflowProblems(root: Element): string[] {
  const problems: string[] = [];
  const page = document.scrollingElement!;
  if (page.scrollWidth > page.clientWidth)
    problems.push(`the page scrolls sideways: ${page.scrollWidth} > ${page.clientWidth}`);
  const width = document.documentElement.clientWidth;
  for (const el of [root, ...allElements(root)]) {
    if (el instanceof SVGElement && el.localName !== 'svg') continue;
    const box = el.getBoundingClientRect();
    if (!box.width || !box.height || hiddenOnPurpose(el)) continue;
    if (box.left < -0.5 || box.right > width + 0.5)
      problems.push(
        `${describe(el)} sticks out of the viewport: ${box.left.toFixed(1)}…${box.right.toFixed(1)} of ${width}`,
      );
    const s = getComputedStyle(el);
    if (s.display.startsWith('inline') && s.display !== 'inline-block' && s.display !== 'inline-flex') continue;
    if (['INPUT', 'PROGRESS', 'svg'].includes(el.tagName) || el.localName === 'svg') continue;
    const clips = [s.overflowX, s.overflowY].some((o) => o === 'hidden' || o === 'clip');
    if (!clips) {
      if (el.scrollWidth > el.clientWidth + 1)
        problems.push(`${describe(el)} is wider inside than out: ${el.scrollWidth} > ${el.clientWidth}`);
    } else if (clipped(el)) {
      problems.push(
        `${describe(el)} clips its text: ${el.scrollWidth} × ${el.scrollHeight} in ${el.clientWidth} × ${el.clientHeight}`,
      );
    }
  }
  return problems;
}
