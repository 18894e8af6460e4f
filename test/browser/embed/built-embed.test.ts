/// <reference types="mocha" />
/**
 * The built embed as a practice hosts it (dist/: `npm run build` first), each on its own page under a strict
 * Content-Security-Policy (test/server/embed-pages.mjs): the classic script whole, the module script with its
 * parts beside it, and the module script copied without its parts folder — which must still show a working survey
 * and say what is missing, never lead a patient into a broken form.
 */
import { expect } from 'chai';
import type { LitElement } from 'lit';
import { newEndpoint } from '../elements/helpers/page.js';
import { waitFor } from '../helpers/wait.js';

interface Practice {
  frame: HTMLIFrameElement;
  root: ShadowRoot;
  errors: { code: string; message: string }[];
  violations: string[];
}

/** Opens the practice's page in a frame and waits for the first question. */
async function openPage(build: string, endpoint: string, lang = 'en', easyread = false): Promise<Practice> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 600px; height: 900px';
  const errors: Practice['errors'] = [];
  const violations: string[] = [];
  frame.addEventListener('load', () => {
    const doc = frame.contentDocument!;
    doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    doc.addEventListener('pf-error', (e) => errors.push((e as CustomEvent).detail));
  });
  frame.src = `/embed-page/${build}.html?${new URLSearchParams({ endpoint, lang, ...(easyread ? { easyread: '1' } : {}) })}`;
  document.body.append(frame);
  const root = await waitFor(() => {
    const r = frame.contentDocument?.querySelector('pf-first-impression')?.shadowRoot;
    return r?.querySelector('[role=radiogroup]') ? r : undefined;
  }, `the first question of the ${build} build`);
  return { frame, root, errors, violations };
}

const button = (root: ShadowRoot, name: string | RegExp) =>
  [...root.querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? ''),
  );

/** How many stylesheets the element has of its own; easy read's part adds one. */
const ownSheets = (root: ShadowRoot) => (root.host.constructor as typeof LitElement).elementStyles.length;

const heading = (root: ShadowRoot) => root.querySelector('[data-screen-heading]')?.textContent?.trim() ?? '';

async function click(root: ShadowRoot, name: string | RegExp): Promise<void> {
  (await waitFor(() => button(root, name), `the ${String(name)} button`)).click();
}

/** A poor overall answer, the optional screens skipped, Submit. */
async function answerPoorly(root: ShadowRoot, next = 'Next', submit = 'Submit'): Promise<void> {
  root.querySelector<HTMLInputElement>('input[type=radio][value=poor]')!.click();
  for (let i = 0; i < 4; i++) {
    const before = heading(root);
    await click(root, next);
    await waitFor(() => heading(root) !== before, 'the next screen');
  }
  await click(root, submit);
}

describe('the built embed, as a practice hosts it, under a strict Content-Security-Policy', () => {
  let page: Practice | undefined;
  afterEach(() => page?.frame.remove());

  for (const build of ['classic', 'module']) {
    it(`${build} script: the first question, the submission delivered, and the recovery form after a poor answer`, async () => {
      const endpoint = newEndpoint();
      page = await openPage(build, endpoint.url);
      await answerPoorly(page.root);
      await click(page.root, 'Tell us what went wrong');
      await waitFor(
        () => /We're sorry/.test(page!.root.textContent ?? ''),
        'the recovery form opening with an apology',
      );
      const received = await waitFor(async () => (await endpoint.received()).length === 1, 'the submission');
      expect(received).to.equal(true);
      expect(page.errors).to.deep.equal([]);
      expect(page.violations).to.deep.equal([]);
    });

    it(`${build} script: a Spanish page gets the widget's Spanish words`, async () => {
      page = await openPage(build, newEndpoint().url, 'es');
      await waitFor(() => button(page!.root, 'Siguiente'), 'the Spanish Next button');
      expect(page.violations).to.deep.equal([]);
    });
  }

  it('module script without its parts folder: a working first question, English words, and the practice told why nothing can be sent', async () => {
    const endpoint = newEndpoint();
    page = await openPage('module-without-parts', endpoint.url, 'es');
    // Spanish (the widget's words and the built-in survey's) is a part: English stands in, the whole survey works.
    await waitFor(() => button(page!.root, 'Next'), 'the English Next button');
    await answerPoorly(page.root);
    // Storing and sending is a part too: the patient is told honestly, not thanked, and never offered a broken form.
    await waitFor(() => button(page!.root, 'Try again'), 'the "not saved" screen');
    expect(button(page.root, 'Tell us what went wrong')).to.equal(undefined);
    expect(page.errors.map((e) => e.code)).to.include('part-unavailable');
    expect(page.errors.find((e) => e.code === 'part-unavailable')!.message).to.contain('patient-feedback/ folder');
    expect(await endpoint.received()).to.deep.equal([]);
  });

  it('easy read over a slow network: its first screen waits for its pictures and type, then shows them at once', async () => {
    // Each part is answered 600 ms late: without waiting, the question would show in ordinary type for that long.
    page = await openPage('module-slow-parts', newEndpoint().url, 'en', true);
    expect(page.root.adoptedStyleSheets.length, "easy read's styles when the first question shows").to.equal(
      ownSheets(page.root) + 1,
    );
    expect(page.root.querySelectorAll('[role=radiogroup]')).to.have.length(1);
    expect(page.violations).to.deep.equal([]);
  });

  it('easy read without its parts folder: after a short wait, one question per screen in ordinary type', async () => {
    page = await openPage('module-without-parts', newEndpoint().url, 'en', true);
    expect(page.root.adoptedStyleSheets.length).to.equal(ownSheets(page.root));
    expect(page.root.querySelectorAll('[role=radiogroup]')).to.have.length(1);
  });
});
