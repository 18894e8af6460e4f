/// <reference types="mocha" />
import { expect } from 'chai';
import { setViewport } from '@web/test-runner-commands';
import './helpers/own-outbox.js';
import '../../../src/elements/define.js';
import { getByRole, queryAllByRole } from '../helpers/by-role.js';
import { mount, newEndpoint, settle } from './helpers/page.js';
import { clickCentre } from '../helpers/pointer.js';
import { waitFor } from '../helpers/wait.js';

/** Rows of elements, by their top edge: [6] is one row of six, [3, 3] two rows of three. */
function rows(els: Element[]): number[] {
  const tops = new Map<number, number>();
  for (const el of els) {
    const top = Math.round(el.getBoundingClientRect().top);
    tops.set(top, (tops.get(top) ?? 0) + 1);
  }
  return [...tops.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n);
}

/** How the screens sit on a phone, a tablet on its side and upright, and a desktop page. */
describe('layout at phone, tablet and desktop widths', () => {
  let host: HTMLElement;
  afterEach(async () => {
    host?.remove();
    await setViewport({ width: 800, height: 600 });
  });

  async function place(width: number, attributes: Record<string, string> = {}) {
    await setViewport({ width, height: 1000 });
    host = document.createElement('div');
    document.body.append(host);
    const el = await mount('pf-first-impression', { endpoint: newEndpoint().url, lang: 'en', ...attributes }, host);
    return { el, root: el.shadowRoot! };
  }

  const faces = (root: ShadowRoot) => queryAllByRole(root, 'radio').map((r) => r.closest('label')!);

  for (const [what, width, attributes, want] of [
    ['a phone', 360, {}, [3, 3]],
    ['a tablet upright in the kiosk (larger type)', 768, { kiosk: '' }, [3, 3]],
    ['a tablet upright in Spanish', 768, { lang: 'es' }, [6]],
    ['a desktop page', 1280, {}, [6]],
  ] as const) {
    it(`the six faces sit ${want.join(' + ')} on ${what}, never 5 + 1 or 4 + 2, each a big target with its words inside`, async () => {
      const { root } = await place(width, attributes);
      const tiles = faces(root);
      expect(tiles).to.have.length(6);
      expect(rows(tiles)).to.deep.equal(want);
      for (const tile of tiles) {
        const box = tile.getBoundingClientRect();
        expect(box.width, tile.textContent).to.be.at.least(44);
        expect(box.height, tile.textContent).to.be.at.least(44);
        const words = tile.querySelector('span')!.getBoundingClientRect();
        expect(words.right - words.left, tile.textContent).to.be.at.most(box.width);
      }
    });
  }

  it('the faces grow with the kiosk type, so a tablet patient gets bigger ones', async () => {
    const { root: web } = await place(768);
    const webFace = faces(web)[0]!.querySelector('svg')!.getBoundingClientRect().width;
    host.remove();
    const { root: kiosk } = await place(768, { kiosk: '' });
    const kioskFace = faces(kiosk)[0]!.querySelector('svg')!.getBoundingClientRect().width;
    expect(kioskFace).to.be.above(webFace * 1.2);
  });

  async function recoveryOffer(width: number, lang = 'en') {
    const { el, root } = await place(width, { lang });
    const w =
      lang === 'es'
        ? { poor: 'Mala', next: 'Siguiente', submit: 'Enviar' }
        : { poor: 'Poor', next: 'Next', submit: 'Submit' };
    await clickCentre(getByRole(root, 'radio', w.poor));
    for (let n = 2; n <= 5; n++) {
      await clickCentre(getByRole(root, 'button', w.next));
      await settle(el);
    }
    await clickCentre(getByRole(root, 'button', w.submit));
    const accept = lang === 'es' ? 'Contarles qué salió mal' : 'Tell us what went wrong';
    await waitFor(() => queryAllByRole(root, 'button', accept)[0], 'the recovery offer');
    await settle(el);
    return {
      root,
      accept: getByRole(root, 'button', accept),
      decline: getByRole(root, 'button', lang === 'es' ? 'No, gracias' : 'No, thank you'),
    };
  }

  it('"Would you tell us what went wrong?": side by side when they fit, sharing the row', async () => {
    const { root, accept, decline } = await recoveryOffer(768, 'es');
    const a = accept.getBoundingClientRect();
    const d = decline.getBoundingClientRect();
    expect(Math.round(a.top)).to.equal(Math.round(d.top));
    const row = accept.parentElement!.getBoundingClientRect();
    expect(a.right - d.left).to.be.closeTo(row.width, 1);
    // Without a practice name, the thanks speaks for the team.
    expect(root.textContent).to.contain('Sus respuestas ayudan a nuestro equipo a cuidar de cada paciente.');
  });

  it('"Would you tell us what went wrong?": stacked, each the full width, when they do not fit', async () => {
    const { root, accept, decline } = await recoveryOffer(320);
    const a = accept.getBoundingClientRect();
    const d = decline.getBoundingClientRect();
    expect(a.top).to.be.above(d.bottom - 1);
    expect(a.width).to.be.closeTo(d.width, 1);
    expect(a.width).to.be.closeTo(accept.parentElement!.getBoundingClientRect().width, 1);
    expect(root.textContent).to.contain('Your answers help us care for every patient.');
  });
});
