import { describe, expect, it } from 'vitest';
import { chooseLanguage, localize, textLength } from '../../src/core/text.js';

describe('localize', () => {
  const thanks = { en: 'Thank you', es: 'Gracias', 'es-MX': 'Muchas gracias' };

  it('uses the exact language tag first, ignoring case', () => {
    expect(localize(thanks, 'es-MX', 'en')).toBe('Muchas gracias');
    expect(localize(thanks, 'ES-mx', 'en')).toBe('Muchas gracias');
  });
  it('falls back to the primary language: a patient in es-AR reads Spanish', () => {
    expect(localize(thanks, 'es-AR', 'en')).toBe('Gracias');
  });
  it('falls back to the survey language, then to whatever text there is', () => {
    expect(localize(thanks, 'fr', 'en')).toBe('Thank you');
    expect(localize({ es: 'Gracias' }, 'fr', 'en')).toBe('Gracias');
    expect(localize({ 'es-MX': 'Gracias' }, 'es', 'en')).toBe('Gracias');
  });
  it('returns plain text as it is, in any language', () => {
    expect(localize('Thank you', 'es', 'en')).toBe('Thank you');
  });
});

describe('chooseLanguage', () => {
  it('takes the first preferred language the survey has', () => {
    expect(chooseLanguage([undefined, null, 'fr-FR', 'es-MX', 'en'], ['en', 'es'])).toBe('es');
    expect(chooseLanguage(['en-GB'], ['en', 'es'])).toBe('en');
    expect(chooseLanguage(['ES'], ['en', 'es'])).toBe('es');
  });
  it('prefers an exact regional match over the bare language', () => {
    expect(chooseLanguage(['es-MX'], ['en', 'es', 'es-MX'])).toBe('es-MX');
  });
  it("uses the survey's first language when nothing matches", () => {
    expect(chooseLanguage(['de', '', undefined], ['en', 'es'])).toBe('en');
    expect(chooseLanguage([], ['es', 'en'])).toBe('es');
  });
});

describe('textLength counts characters as a patient sees them', () => {
  it('counts an emoji, a CJK character and Arabic letters as one each', () => {
    expect(textLength('😀')).toBe(1);
    expect('😀'.length).toBe(2);
    expect(textLength('歯医者')).toBe(3);
    expect(textLength('شكرا')).toBe(4);
    expect(textLength('')).toBe(0);
  });
});
