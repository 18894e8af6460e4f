import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Submission, SurveyDefinition } from '../../src/core/definition.js';
import { toQuestionnaireResponse, type QuestionnaireResponse } from '../../src/core/fhir.js';
import {
  CONTACT_WORDS,
  questionnaireId,
  toQuestionnaire,
  type Questionnaire,
} from '../../src/core/fhir-questionnaire.js';
import { uuidV5 } from '../../src/core/fhir-uuid.js';
import { parseDefinition } from '../../src/core/parse.js';
import { buildSubmission } from '../../src/core/submission.js';
import { fhirBundleWriter, toFhirBundle, writeAll } from '../../src/export/index.js';
import { en } from '../../src/i18n/en.js';
import { contactWordsOf, uiWordsIn } from '../../src/translations/index.js';
import { firstImpression, whatWentWrong } from '../../src/surveys/index.js';
import { questionnaireProblems, responseProblems, schemaErrors } from './fhir-conformance.js';

const es = uiWordsIn('es');

// A practice's own survey: the 0–10 "would you recommend us", what went wrong when the score is low (several
// answers, required only when shown), a yes-no and a line of text that only a "no" opens.
const recommend = parseDefinition({
  id: 'visit_check',
  version: '3',
  kind: 'first-impression',
  title: { en: 'After your visit', es: 'Después de su visita' },
  languages: ['en', 'es'],
  questions: [
    {
      id: 'recommend',
      type: 'single',
      required: true,
      title: { en: 'How likely are you to recommend us?', es: '¿Nos recomendaría?' },
      options: Array.from({ length: 11 }, (_, n) => ({ value: String(n), label: String(n) })),
    },
    {
      id: 'low-because',
      type: 'multiple',
      required: true,
      showIf: { question: 'recommend', in: ['0', '1', '2', '3', '4', '5', '6'] },
      title: { en: 'What let you down?', es: '¿Qué le decepcionó?' },
      options: [
        { value: 'wait', label: { en: 'The wait', es: 'La espera' } },
        { value: 'staff', label: { en: 'The staff', es: 'El personal' } },
        { value: 'cost', label: { en: 'The cost', es: 'El costo' } },
      ],
    },
    { id: 'seen-on-time', type: 'yes-no', title: 'Were you seen on time?', help: 'Within 15 minutes.' },
    {
      id: 'how-late',
      type: 'text',
      maxLength: 200,
      showIf: { question: 'seen-on-time', in: ['no'] },
      title: 'How late?',
    },
  ],
});
const recommendV4 = { ...recommend, version: '4' } as SurveyDefinition;
const definitions = [firstImpression, whatWentWrong, recommend, recommendV4];

const now = new Date('2026-11-22T10:15:00.000Z');
const answered = (definition: SurveyDefinition, answers: Submission['answers'], lang = 'en') =>
  buildSubmission({ definition, answers, lang, channel: 'kiosk', now });
const visits: Submission[] = [
  answered(recommend, { recommend: '4', 'low-because': ['wait', 'cost'], 'seen-on-time': 'no', 'how-late': 'An hour' }),
  answered(recommend, { recommend: '10', 'seen-on-time': 'yes' }, 'es'),
  answered(recommendV4, { recommend: '9' }),
  answered(firstImpression, { overall: 'poor', greeting: 'good', wait: 'much-longer', comments: '歯が痛い 😬' }, 'es'),
  answered(whatWentWrong, {
    categories: ['billing', 'other'],
    details: 'Charged twice',
    contact: { method: 'email', value: 'pat@example.org', consent: true, bestTime: 'mornings' },
  }),
  answered(whatWentWrong, {
    details: 'Rude on the phone',
    contact: { method: 'none', value: '', consent: false, bestTime: '' },
  }),
  answered(firstImpression, { overall: 'good' }),
];

const isQuestionnaire = (r: { resourceType: string }): r is Questionnaire => r.resourceType === 'Questionnaire';

describe('the FHIR R4 schema check', () => {
  // Each rejection costs the validator about a second (it compiles the schema again to word its errors): a few only.
  it('rejects what is broken, so a pass means something', () => {
    const q = toQuestionnaire(recommend);
    expect(schemaErrors(q)).toEqual([]);
    expect(schemaErrors({ ...q, item: [{ ...q.item[0], type: 'radio' }] }).join()).toMatch(/\.item\[0\]\.type/);
    expect(schemaErrors({ ...q, questions: [] }).join()).toMatch(/questions/);
    const response = toQuestionnaireResponse(visits[0]!, recommend);
    expect(schemaErrors(response)).toEqual([]);
    expect(schemaErrors({ ...response, authored: 'yesterday' }).join()).toMatch(/authored/);
    expect(schemaErrors({ resourceType: 'Bundle', type: 'pile' }).join()).toMatch(/type/);
  });
});

describe('toQuestionnaire', () => {
  it('names the survey version the responses point at, in the first language with the others as translations', () => {
    const q = toQuestionnaire(recommend);
    expect(q).toMatchObject({
      resourceType: 'Questionnaire',
      id: uuidV5('urn:patient-feedback:survey:visit_check|3'),
      language: 'en',
      url: 'urn:patient-feedback:survey:visit_check',
      version: '3',
      name: 'VisitCheck',
      title: 'After your visit',
      status: 'active',
    });
    expect(q._title?.extension).toEqual([
      {
        url: 'http://hl7.org/fhir/StructureDefinition/translation',
        extension: [
          { url: 'lang', valueCode: 'es' },
          { url: 'content', valueString: 'Después de su visita' },
        ],
      },
    ]);
    expect(toQuestionnaireResponse(visits[0]!, recommend).questionnaire).toBe(`${q.url}|${q.version}`);
  });

  it('asks each kind of question as the matching item type, coded as the responses code their answers', () => {
    const [score, low, onTime, late] = toQuestionnaire(recommend).item;
    expect(score).toMatchObject({ linkId: 'recommend', type: 'choice', required: true });
    expect(score!.repeats).toBeUndefined();
    expect(score!.answerOption!.map((o) => o.valueCoding)).toEqual(
      Array.from({ length: 11 }, (_, n) => ({
        system: 'urn:patient-feedback:answers',
        code: String(n),
        display: String(n),
      })),
    );
    expect(low).toMatchObject({
      linkId: 'low-because',
      type: 'choice',
      repeats: true,
      required: true,
      enableBehavior: 'any',
    });
    expect(low!.enableWhen).toHaveLength(7);
    expect(low!.enableWhen![0]).toEqual({
      question: 'recommend',
      operator: '=',
      answerCoding: { system: 'urn:patient-feedback:answers', code: '0' },
    });
    expect(low!.answerOption![2]!.valueCoding).toMatchObject({ code: 'cost', display: 'The cost' });
    expect(low!.answerOption![2]!.valueCoding._display!.extension[0]!.extension[1]).toEqual({
      url: 'content',
      valueString: 'El costo',
    });
    expect(onTime).toEqual({
      linkId: 'seen-on-time',
      text: 'Were you seen on time?',
      type: 'boolean',
      item: [{ linkId: 'seen-on-time.help', text: 'Within 15 minutes.', type: 'display' }],
    });
    expect(late).toEqual({
      linkId: 'how-late',
      text: 'How late?',
      type: 'string',
      maxLength: 200,
      enableWhen: [{ question: 'seen-on-time', operator: '=', answerBoolean: false }],
    });
    // The responses answer a yes-no with the boolean the Questionnaire asks for.
    expect(
      toQuestionnaireResponse(visits[0]!, recommend).item.find((i) => i.linkId === 'seen-on-time')!.answer,
    ).toEqual([{ valueBoolean: false }]);
  });

  it('writes the apology as words to read and the follow-up as a group of the parts a response carries', () => {
    const [apology, categories, details, , contact] = toQuestionnaire(whatWentWrong).item;
    expect(apology).toMatchObject({ linkId: 'apology', type: 'display' });
    expect(apology!.required).toBeUndefined();
    expect(categories).toMatchObject({ type: 'choice', repeats: true });
    expect(details).toMatchObject({ type: 'text', required: true, maxLength: 2000 });
    expect(contact!.type).toBe('group');
    expect(contact!.item!.map((i) => [i.linkId, i.type, i.required ?? false])).toEqual([
      ['contact.help', 'display', false],
      ['contact.method', 'choice', true],
      ['contact.value', 'string', false],
      ['contact.consent', 'boolean', true],
      ['contact.bestTime', 'string', false],
    ]);
    const method = contact!.item![1]!;
    expect(method.answerOption!.map((o) => [o.valueCoding.code, o.valueCoding.display])).toContainEqual([
      'none',
      "Please don't contact me",
    ]);
    expect(contact!.item![2]!.enableWhen!.map((w) => w.answerCoding!.code)).toEqual(['phone', 'text', 'email']);
  });

  it("words the follow-up's parts in every language shipped when an export passes them (Arabic, Chinese)", () => {
    const contact = toQuestionnaire(whatWentWrong, contactWordsOf()).item[4]!;
    const phone = contact.item![1]!.answerOption!.find((o) => o.valueCoding.code === 'phone')!.valueCoding;
    const inLang = (lang: string) =>
      phone._display!.extension.find((e) => e.extension[0].valueCode === lang)?.extension[1]!.valueString;
    expect(phone.display).toBe('Phone call');
    expect(inLang('ar')).toBe(uiWordsIn('ar').phone);
    expect(inLang('zh-Hans')).toBe(uiWordsIn('zh-Hans').phone);
    expect(inLang('so')).toBe(uiWordsIn('so').phone);
  });

  it("words the follow-up's parts as the widget does (core keeps its own copy of those words)", () => {
    for (const [lang, words] of Object.entries(CONTACT_WORDS)) {
      const widget: Record<string, string> = { en, es }[lang]!;
      for (const [key, text] of Object.entries(words)) expect(text, `${lang}.${key}`).toBe(widget[key]);
    }
    const value = toQuestionnaire(whatWentWrong).item[4]!.item![2]!;
    expect(value.text).toBe('Your phone number / Your mobile number / Your e-mail address');
    expect(value._text!.extension[0]!.extension[1].valueString).toBe(
      'Su número de teléfono / Su número de celular / Su correo electrónico',
    );
  });

  it('keeps the id of a survey version from one export to the next: a UUID v5 anyone can recompute', () => {
    const reference = (name: string) => {
      const hash = createHash('sha1')
        .update(Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex'))
        .update(name)
        .digest();
      hash[6] = (hash[6]! & 0x0f) | 0x50;
      hash[8] = (hash[8]! & 0x3f) | 0x80;
      const hex = hash.subarray(0, 16).toString('hex');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    };
    for (const name of ['', 'urn:patient-feedback:survey:first-impression|1', 'ü'.repeat(200)]) {
      expect(uuidV5(name)).toBe(reference(name));
    }
    expect(questionnaireId(recommend)).toBe(toQuestionnaire(recommend).id);
    expect(questionnaireId(recommend)).not.toBe(questionnaireId(recommendV4));
  });
});

describe('a response and its Questionnaire', () => {
  const definitionOf = (s: Submission) =>
    definitions.find((d) => d.id === s.survey.id && d.version === s.survey.version)!;

  it('are valid FHIR R4, and the response answers it: known items, matching types, listed codes, required ones there', () => {
    for (const visit of visits) {
      const q = toQuestionnaire(definitionOf(visit));
      const response = toQuestionnaireResponse(visit, definitionOf(visit));
      expect(schemaErrors(q), q.name).toEqual([]);
      expect(questionnaireProblems(q), q.name).toEqual([]);
      expect(schemaErrors(response), visit.id).toEqual([]);
      expect(responseProblems(response, q), visit.id).toEqual([]);
    }
  });

  it('would notice a response that does not answer its Questionnaire', () => {
    const q = toQuestionnaire(recommend);
    const good = toQuestionnaireResponse(visits[0]!, recommend);
    const [score, low, onTime, late] = good.item as [(typeof good.item)[number], ...typeof good.item];
    const problems = (item: typeof good.item) => responseProblems({ ...good, item }, q);
    expect(problems([low!, onTime!, late!])).toEqual([
      'item low-because is answered while its enableWhen does not hold',
      'item recommend is required (and enabled) but missing',
    ]);
    expect(problems([score, onTime!, late!])).toEqual(['item low-because is required (and enabled) but missing']);
    expect(
      problems([{ ...score, answer: [{ valueCoding: { system: 'urn:patient-feedback:answers', code: '11' } }] }]),
    ).toContain('item recommend: urn:patient-feedback:answers#11 is not one of its options');
    expect(problems([score, low!, { ...onTime!, answer: [{ valueString: 'no' }] }, late!])).toEqual([
      'item seen-on-time is boolean but answered with valueString',
      'item how-late is answered while its enableWhen does not hold',
    ]);
    expect(problems([...good.item, { linkId: 'mood', answer: [{ valueString: 'ok' }] }])).toEqual([
      'item mood is not in the Questionnaire (at this level)',
    ]);
    expect(questionnaireProblems({ ...q, item: [q.item[1]!, q.item[0]!] })).toEqual(
      Array.from({ length: 7 }, () => 'item low-because: enableWhen names recommend, not an earlier item'),
    );
  });
});

describe('the FHIR export with its Questionnaires', () => {
  const bundle = toFhirBundle(visits, definitions, now);
  const questionnaires = bundle.entry.map((e) => e.resource).filter(isQuestionnaire);
  const responses = bundle.entry.map((e) => e.resource).filter((r): r is QuestionnaireResponse => !isQuestionnaire(r));

  it('holds one Questionnaire per survey version its responses name, after them, each valid FHIR R4', () => {
    expect(responses).toHaveLength(visits.length);
    expect(questionnaires.map((q) => `${q.url}|${q.version}`)).toEqual([
      'urn:patient-feedback:survey:visit_check|3',
      'urn:patient-feedback:survey:visit_check|4',
      'urn:patient-feedback:survey:first-impression|1',
      'urn:patient-feedback:survey:what-went-wrong|1',
    ]);
    expect(bundle.entry.slice(visits.length).map((e) => e.fullUrl)).toEqual(
      questionnaires.map((q) => `urn:uuid:${q.id}`),
    );
    expect(schemaErrors(bundle)).toEqual([]);
    for (const resource of bundle.entry.map((e) => e.resource)) expect(schemaErrors(resource), resource.id).toEqual([]);
    for (const q of questionnaires) expect(questionnaireProblems(q), q.name).toEqual([]);
  });

  it('has every response answer its Questionnaire: known items, matching types, listed codes, required ones there', () => {
    for (const response of responses) {
      const q = questionnaires.find((x) => response.questionnaire === `${x.url}|${x.version}`);
      expect(q, response.questionnaire).toBeDefined();
      expect(responseProblems(response, q!), response.id).toEqual([]);
    }
  });

  it('names a survey version it has no definition for, but writes no Questionnaire for it', () => {
    const later: Submission = { ...visits[6]!, survey: { id: 'first-impression', version: '2' } };
    const { entry } = toFhirBundle([later], definitions, now);
    expect(entry.map((e) => e.resource.resourceType)).toEqual(['QuestionnaireResponse']);
    expect(toFhirBundle([], definitions, now).entry).toEqual([]);
  });

  it('streams the same Bundle, Questionnaires last', () => {
    expect(writeAll(fhirBundleWriter(definitions, now), visits)).toBe(JSON.stringify(bundle, null, 2));
  });
});
