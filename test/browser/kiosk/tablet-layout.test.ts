// What a patient and staff see on a real tablet (1024 × 768): the survey uses the screen, and every key of the PIN
// pad holds its own label (white words spilling off a green key are invisible on the page behind).
import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { allElements, findByRole, isolate, mountKiosk, tapRole, unmount } from './helpers.js';

describe('kiosk: on a 1024 × 768 tablet', () => {
  before(() => setViewport({ width: 1024, height: 768 }));
  beforeEach(() => unmount());
  afterEach(unmount);

  it('shows the six overall faces side by side, not squeezed into a narrow card', async () => {
    const k = isolate('tablet-faces');
    const app = await mountKiosk({ endpoint: k.endpoint });
    await tapRole(app, 'button', 'Tap to start');
    await findByRole(app, 'radio', 'Very good');
    const tiles = [...allElements(app)].filter((el) => el.getAttribute('part') === 'option');
    expect(tiles).to.have.length(6);
    const tops = new Set(tiles.map((t) => Math.round(t.getBoundingClientRect().top)));
    expect([...tops], 'one row of faces').to.have.length(1);
  });

  it('fits every PIN key label inside its key', async () => {
    const k = isolate('tablet-pin-keys');
    const app = await mountKiosk({ endpoint: k.endpoint });
    (await findByRole(app, 'button', 'Staff')).click();
    // A click from a pointer needs a long press; a keyboard-style click (detail 0) opens it at once.
    await findByRole(app, 'heading', 'Choose a staff PIN');
    const keys = [...allElements(app)].filter((el): el is HTMLButtonElement => el instanceof HTMLButtonElement);
    const save = keys.find((b) => b.textContent?.trim() === 'Save PIN');
    expect(save, 'the Save PIN key').to.exist;
    for (const key of keys) {
      expect(key.scrollWidth, `"${key.textContent?.trim() || key.getAttribute('aria-label')}" fits`).to.be.at.most(
        key.clientWidth,
      );
    }
  });
});
