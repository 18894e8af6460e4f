/**
 * Find controls the way a patient's screen reader does: by role and accessible name, through shadow roots.
 * A small subset of the accname algorithm — enough for this project's markup, and strict: an element whose
 * name cannot be computed from aria-labelledby, aria-label, its <label> or its text is not found.
 * Shared by the element, delivery and kiosk tests.
 */
import { waitFor } from './wait.js';

const IMPLICIT: Record<string, (el: Element) => string | undefined> = {
  BUTTON: () => 'button',
  TEXTAREA: () => 'textbox',
  PROGRESS: () => 'progressbar',
  INPUT: (el) => {
    const type = (el as HTMLInputElement).type;
    if (type === 'radio') return 'radio';
    if (type === 'checkbox') return 'checkbox';
    // Chromium exposes a password field as a textbox (a protected one): the kiosk's PIN fields.
    if (['text', 'tel', 'email', 'search', 'url', 'password'].includes(type)) return 'textbox';
    if (type === 'number') return 'spinbutton';
    return undefined;
  },
  H1: () => 'heading',
  H2: () => 'heading',
  H3: () => 'heading',
  H4: () => 'heading',
  H5: () => 'heading',
  H6: () => 'heading',
};

export function roleOf(el: Element): string | undefined {
  return el.getAttribute('role') ?? IMPLICIT[el.tagName]?.(el);
}

/** Every element under `root` (its own shadow root first when it is a host), descending into open shadow roots. */
export function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const walk = (node: ParentNode) => {
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const el of Array.from(node.querySelectorAll('*'))) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

/** Visible text, skipping aria-hidden subtrees (the faces) and form controls. */
export function textOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  if (node.getAttribute('aria-hidden') === 'true' || ['INPUT', 'TEXTAREA', 'SELECT', 'svg'].includes(node.tagName))
    return '';
  return Array.from(node.childNodes).map(textOf).join('');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function nameOf(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    return squash(
      labelledBy
        .split(/\s+/)
        .map((id) => (root.getElementById(id) ? textOf(root.getElementById(id)!) : ''))
        .join(' '),
    );
  }
  const label = el.getAttribute('aria-label');
  if (label) return squash(label);
  const labels = (el as HTMLInputElement).labels;
  if (labels && labels.length) return squash(Array.from(labels).map(textOf).join(' '));
  if (['button', 'heading'].includes(roleOf(el) ?? '')) return squash(textOf(el));
  return '';
}

function isShown(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
}

const matches = (name: string, want: string | RegExp) => (typeof want === 'string' ? name === want : want.test(name));

/** Live regions have no name: a screen reader reads out what they say, so that is what `name` matches for them. */
const LIVE = new Set(['alert', 'status']);

export function queryAllByRole(root: ParentNode, role: string, name?: string | RegExp): HTMLElement[] {
  return allElements(root).filter(
    (el): el is HTMLElement =>
      el instanceof HTMLElement &&
      roleOf(el) === role &&
      isShown(el) &&
      (name === undefined || matches(LIVE.has(role) ? squash(textOf(el)) : nameOf(el), name)),
  );
}

/** The first match, or undefined (in document order, shadow roots where their host is). */
export const queryByRole = (root: ParentNode, role: string, name?: string | RegExp): HTMLElement | undefined =>
  queryAllByRole(root, role, name)[0];

/** Waits until there is a match (a screen filling in, a message arriving). */
export const findByRole = (root: ParentNode, role: string, name?: string | RegExp, timeoutMs?: number) =>
  waitFor(() => queryByRole(root, role, name), `${role} ${String(name ?? '')}`.trim(), timeoutMs);

export function getByRole(root: ParentNode, role: string, name?: string | RegExp): HTMLElement {
  const found = queryAllByRole(root, role, name);
  if (found.length !== 1) {
    const seen = queryAllByRole(root, role).map((el) => JSON.stringify(nameOf(el)));
    throw new Error(
      `expected one ${role} named ${String(name)}, found ${found.length}; ${role}s present: ${seen.join(', ') || 'none'}`,
    );
  }
  return found[0]!;
}

/** The element that has keyboard focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
