/** A fresh bucket at the real test endpoint (test/server/endpoint-routes.mjs), so tests never see each other's POSTs. */
export function newEndpoint(): {
  url: string;
  received: () => Promise<Received[]>;
  script: (steps: unknown[]) => Promise<void>;
} {
  const path = `/test-endpoint/elements-${Math.random().toString(36).slice(2)}`;
  return {
    url: path,
    received: async () => (await fetch(`${path}/received`)).json(),
    script: async (steps) => {
      await fetch(`${path}/script`, { method: 'PUT', body: JSON.stringify(steps) });
    },
  };
}

export interface Received {
  body: Record<string, any>;
  headers: { 'content-type': string; 'idempotency-key': string; authorization: string };
}

/** Puts an element on the page the way a practice's HTML would: attributes first, then into the document. */
export async function mount<T extends HTMLElement>(
  tag: string,
  attributes: Record<string, string | boolean> = {},
  parent: HTMLElement = document.body,
): Promise<T> {
  const el = document.createElement(tag) as T;
  for (const [k, v] of Object.entries(attributes)) {
    if (v === true) el.setAttribute(k, '');
    else if (v !== false) el.setAttribute(k, v);
  }
  parent.append(el);
  await settle(el);
  return el;
}

export async function settle(el: Element): Promise<void> {
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  // Not requestAnimationFrame: it never fires in a background tab, and the runner runs two pages at once.
  await new Promise((r) => setTimeout(r, 0));
}

/** Records console.error lines while a test runs (configuration errors must name what to fix). */
export function captureConsoleErrors(): { lines: string[]; restore: () => void } {
  const lines: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  };
  return { lines, restore: () => (console.error = original) };
}
