import { describe, expect, it } from 'vitest';
import type { Submission } from '../../src/core/definition.js';
import { toQuestionnaireResponse } from '../../src/core/fhir.js';
import { buildSubmission } from '../../src/core/submission.js';
import { toFhirBundle } from '../../src/export/fhir-bundle.js';
import { firstImpression, whatWentWrong } from '../../src/surveys/index.js';

const now = new Date('2026-11-22T10:15:00.000Z');
const first = buildSubmission({
  definition: firstImpression,
  answers: { overall: 'poor', wait: 'much-longer', comments: 'Nobody said hello' },
  lang: 'es',
  channel: 'kiosk',
  practice: 'Smile Dental',
  location: 'front-desk-tablet',
  id: '11111111-1111-4111-8111-111111111111',
  now,
});
const recovery = buildSubmission({
  definition: whatWentWrong,
  answers: {
    categories: ['wait-time', 'front-desk'],
    details: 'Waited an hour',
    contact: { method: 'phone', value: '555 010 0199', consent: true, bestTime: '' },
  },
  lang: 'en',
  channel: 'kiosk',
  relatedTo: first.id,
  id: '22222222-2222-4222-8222-222222222222',
  now,
});

describe('toQuestionnaireResponse', () => {
  it('is a completed R4 QuestionnaireResponse identified by the submission id', () => {
    const qr = toQuestionnaireResponse(first, firstImpression);
    expect(qr).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      id: first.id,
      status: 'completed',
      authored: '2026-11-22T10:15:00.000Z',
      language: 'es',
      identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${first.id}` },
      questionnaire: 'urn:patient-feedback:survey:first-impression|1',
    });
  });

  it('codes choices with their label in the patient language, and keeps free text as text', () => {
    const qr = toQuestionnaireResponse(first, firstImpression);
    expect(qr.item).toEqual([
      {
        linkId: 'overall',
        text: 'En general, ¿cómo fue su experiencia con nuestro servicio?',
        answer: [{ valueCoding: { system: 'urn:patient-feedback:answers', code: 'poor', display: 'Mala' } }],
      },
      {
        linkId: 'wait',
        text: '¿Cuánto tiempo tuvo que esperar?',
        answer: [
          {
            valueCoding: {
              system: 'urn:patient-feedback:answers',
              code: 'much-longer',
              display: 'Mucho más de lo que esperaba',
            },
          },
        ],
      },
      {
        linkId: 'comments',
        text: '¿Hay algo más que le gustaría decirnos?',
        answer: [{ valueString: 'Nobody said hello' }],
      },
    ]);
  });

  it('nests contact details, leaves out empty strings, and keeps reference and relatedTo', () => {
    const qr = toQuestionnaireResponse(recovery, whatWentWrong);
    expect(qr.item.find((i) => i.linkId === 'categories')!.answer!.map((a) => a.valueCoding!.code)).toEqual([
      'wait-time',
      'front-desk',
    ]);
    expect(qr.item.find((i) => i.linkId === 'contact')).toEqual({
      linkId: 'contact',
      text: 'How can we reach you?',
      item: [
        {
          linkId: 'contact.method',
          answer: [{ valueCoding: { system: 'urn:patient-feedback:answers', code: 'phone' } }],
        },
        { linkId: 'contact.value', answer: [{ valueString: '555 010 0199' }] },
        { linkId: 'contact.consent', answer: [{ valueBoolean: true }] },
      ],
    });
    expect(qr.extension).toContainEqual({ url: 'urn:patient-feedback:reference', valueString: recovery.reference });
    expect(qr.extension).toContainEqual({
      url: 'urn:patient-feedback:related-to',
      valueIdentifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${first.id}` },
    });
    expect(JSON.stringify(qr)).not.toContain('""');
  });

  it('still maps a submission whose survey definition is unknown', () => {
    const custom: Submission = {
      ...first,
      survey: { id: 'custom', version: '7' },
      answers: { mood: 'ok', topics: ['a', 'b'] },
    };
    const qr = toQuestionnaireResponse(custom, firstImpression);
    expect(qr.questionnaire).toBe('urn:patient-feedback:survey:custom|7');
    expect(qr.item).toEqual([
      { linkId: 'mood', answer: [{ valueString: 'ok' }] },
      {
        linkId: 'topics',
        answer: [
          { valueCoding: { system: 'urn:patient-feedback:answers', code: 'a' } },
          { valueCoding: { system: 'urn:patient-feedback:answers', code: 'b' } },
        ],
      },
    ]);
  });
});

describe('toFhirBundle', () => {
  it('is a collection Bundle of one QuestionnaireResponse per submission, with built-in texts by default', () => {
    const bundle = toFhirBundle([first, recovery], undefined, now);
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection', timestamp: '2026-11-22T10:15:00.000Z' });
    // Then the Questionnaire of each survey version they answer (test/unit/fhir-questionnaire.test.ts).
    expect(bundle.entry.map((e) => [e.fullUrl, e.resource.resourceType])).toEqual([
      [`urn:uuid:${first.id}`, 'QuestionnaireResponse'],
      [`urn:uuid:${recovery.id}`, 'QuestionnaireResponse'],
      [expect.stringMatching(/^urn:uuid:/), 'Questionnaire'],
      [expect.stringMatching(/^urn:uuid:/), 'Questionnaire'],
    ]);
    expect(bundle.entry[1]!.resource.item[0]!.text).toBe('What was it about?');
    expect(toFhirBundle([]).entry).toEqual([]);
  });
});
