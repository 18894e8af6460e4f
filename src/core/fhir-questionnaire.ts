import type { Condition, ContactMethod, ContactQuestion, LocalText, Question, SurveyDefinition } from './definition.js';
import { ANSWER_SYSTEM, questionnaireUrl, type FhirCoding } from './fhir.js';
import { uuidV5 } from './fhir-uuid.js';
import { localize } from './text.js';
import { ALL_CONTACT_METHODS } from './validate.js';

/**
 * FHIR R4 Questionnaire of one survey version (http://hl7.org/fhir/R4/questionnaire.html), so an EHR can read the
 * QuestionnaireResponses against it. Plain JSON types, like fhir.ts: this ships to browsers. Kept in step with
 * `toQuestionnaireResponse`: the same linkIds, the same coding of choices (`ANSWER_SYSTEM`, code = option value),
 * yes-no as boolean, the contact question as a group of `<id>.method`, `.value`, `.consent`, `.bestTime`.
 */
export interface FhirTranslations {
  extension: {
    url: string;
    extension: [{ url: 'lang'; valueCode: string }, { url: 'content'; valueString: string }];
  }[];
}
export interface EnableWhen {
  question: string;
  operator: '=';
  answerCoding?: FhirCoding;
  answerBoolean?: boolean;
}
export interface QuestionnaireItem {
  linkId: string;
  text?: string;
  _text?: FhirTranslations;
  type: 'group' | 'display' | 'boolean' | 'string' | 'text' | 'choice';
  enableWhen?: EnableWhen[];
  enableBehavior?: 'any';
  required?: true;
  repeats?: true;
  maxLength?: number;
  answerOption?: { valueCoding: FhirCoding & { _display?: FhirTranslations } }[];
  item?: QuestionnaireItem[];
}
export interface Questionnaire {
  resourceType: 'Questionnaire';
  id: string;
  language: string;
  url: string;
  version: string;
  name: string;
  title: string;
  _title?: FhirTranslations;
  status: 'active';
  item: QuestionnaireItem[];
}

const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';
type ContactWord = ContactMethod | `${Exclude<ContactMethod, 'none'>}Value` | 'consent' | 'bestTime';

/** The contact question's own words per language (primary subtag), as the widget shows them. */
export type ContactWords = Readonly<Record<string, Readonly<Record<ContactWord, string>>>>;

/**
 * The parts of the contact question that a definition does not spell out, in the widget's own words (src/i18n, which
 * src/core may not import; a test keeps the two equal). Exports pass every language's (src/translations,
 * `contactWordsOf`); these are the default. A language without them falls back to English.
 */
export const CONTACT_WORDS: ContactWords = {
  en: {
    phone: 'Phone call',
    text: 'Text message',
    email: 'E-mail',
    none: "Please don't contact me",
    phoneValue: 'Your phone number',
    textValue: 'Your mobile number',
    emailValue: 'Your e-mail address',
    consent: 'You may contact me about this feedback',
    bestTime: 'Best time to reach you',
  },
  es: {
    phone: 'Llamada telefónica',
    text: 'Mensaje de texto',
    email: 'Correo electrónico',
    none: 'Prefiero que no me contacten',
    phoneValue: 'Su número de teléfono',
    textValue: 'Su número de celular',
    emailValue: 'Su correo electrónico',
    consent: 'Pueden contactarme sobre estos comentarios',
    bestTime: 'Mejor momento para contactarle',
  },
};

/**
 * The id of a survey version's Questionnaire: the same in every export, so an EHR that imports two exports sees one
 * resource (and `urn:uuid:<id>` is a `fullUrl` FHIR accepts).
 */
export const questionnaireId = (survey: { id: string; version: string }): string =>
  uuidV5(`${questionnaireUrl(survey.id)}|${survey.version}`);

/** `first-impression` → `FirstImpression`: FHIR wants a name a program could use (que-0). */
function computableName(id: string): string {
  const name = id
    .split(/[-_]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
  return /^[A-Z]/.test(name) ? name : `Survey${name}`;
}

/** Text in the survey's first language, and its other languages as `translation` extensions (when written). */
function localized(text: LocalText, languages: readonly string[]): [string, FhirTranslations | undefined] {
  const [first = 'en', ...others] = languages;
  const main = localize(text, first, first);
  if (typeof text === 'string') return [main, undefined];
  const extension = others.flatMap((lang) => {
    const key = Object.keys(text).find((k) => k.toLowerCase() === lang.toLowerCase());
    const content = key ? text[key] : undefined;
    if (!content) return [];
    return [
      {
        url: TRANSLATION,
        extension: [
          { url: 'lang', valueCode: lang },
          { url: 'content', valueString: content },
        ],
      },
    ];
  }) as FhirTranslations['extension'];
  return [main, extension.length ? { extension } : undefined];
}

/** Contact words in each of the survey's languages that they are written in (else English). */
function contactText(
  words: (w: Readonly<Record<ContactWord, string>>) => string,
  languages: readonly string[],
  all: ContactWords,
): LocalText {
  const wordsOf = (lang: string) => all[lang.split('-')[0]!.toLowerCase()];
  const known = languages.filter((lang) => wordsOf(lang));
  return known.length
    ? Object.fromEntries(known.map((lang) => [lang, words(wordsOf(lang)!)]))
    : words(all.en ?? CONTACT_WORDS.en!);
}

function texts(text: LocalText, languages: readonly string[]): Pick<QuestionnaireItem, 'text' | '_text'> {
  const [main, translations] = localized(text, languages);
  return translations ? { text: main, _text: translations } : { text: main };
}

function option(code: string, label: LocalText, languages: readonly string[]) {
  const [display, translations] = localized(label, languages);
  return { valueCoding: { system: ANSWER_SYSTEM, code, display, ...(translations ? { _display: translations } : {}) } };
}

/** FHIR asks for `enableBehavior` as soon as there is more than one condition (que-12): any of the values shows it. */
function enabledWhen(when: EnableWhen[]): Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior'> {
  return when.length > 1 ? { enableWhen: when, enableBehavior: 'any' } : { enableWhen: when };
}

function condition(showIf: Condition, questions: readonly Question[]) {
  const yesNo = questions.find((q) => q.id === showIf.question)?.type === 'yes-no';
  return enabledWhen(
    showIf.in.map((value) =>
      yesNo
        ? { question: showIf.question, operator: '=', answerBoolean: value === 'yes' }
        : { question: showIf.question, operator: '=', answerCoding: { system: ANSWER_SYSTEM, code: value } },
    ),
  );
}

/** Value and best time are asked only once a way to be reached is chosen; "don't contact me" sends neither. */
function contactItems(q: ContactQuestion, languages: readonly string[], all: ContactWords): QuestionnaireItem[] {
  const methods = q.methods ?? ALL_CONTACT_METHODS;
  const reachable = methods.filter((m) => m !== 'none');
  const chosen = enabledWhen(
    reachable.map((m) => ({
      question: `${q.id}.method`,
      operator: '=',
      answerCoding: { system: ANSWER_SYSTEM, code: m },
    })),
  );
  // One field takes the phone number or the address: its label names what the methods offered ask for.
  const valueWords = (w: Readonly<Record<ContactWord, string>>) =>
    [...new Set(reachable.map((m) => w[`${m}Value` as const]))].join(' / ');
  const items: QuestionnaireItem[] = [
    {
      linkId: `${q.id}.method`,
      type: 'choice',
      required: true,
      answerOption: methods.map((m) =>
        option(
          m,
          contactText((w) => w[m], languages, all),
          languages,
        ),
      ),
    },
  ];
  const consent = texts(
    contactText((w) => w.consent, languages, all),
    languages,
  );
  if (!reachable.length) return [...items, { linkId: `${q.id}.consent`, ...consent, type: 'boolean', required: true }];
  return [
    ...items,
    {
      linkId: `${q.id}.value`,
      ...texts(contactText(valueWords, languages, all), languages),
      type: 'string',
      ...chosen,
    },
    { linkId: `${q.id}.consent`, ...consent, type: 'boolean', required: true },
    {
      linkId: `${q.id}.bestTime`,
      ...texts(
        contactText((w) => w.bestTime, languages, all),
        languages,
      ),
      type: 'string',
      ...chosen,
    },
  ];
}

function item(q: Question, definition: SurveyDefinition, all: ContactWords): QuestionnaireItem {
  const { languages, questions } = definition;
  const out: QuestionnaireItem = { linkId: q.id, ...texts(q.title, languages), type: 'display' };
  if (q.showIf) Object.assign(out, condition(q.showIf, questions));
  // Display items take neither `required` nor children (que-1, que-6): a statement is its words alone.
  if (q.type === 'statement') return out;
  if (q.required) out.required = true;
  const help: QuestionnaireItem[] = q.help
    ? [{ linkId: `${q.id}.help`, ...texts(q.help, languages), type: 'display' }]
    : [];
  switch (q.type) {
    case 'single':
    case 'multiple':
      out.type = 'choice';
      if (q.type === 'multiple') out.repeats = true;
      out.answerOption = q.options.map((o) => option(o.value, o.label, languages));
      break;
    case 'yes-no':
      out.type = 'boolean';
      break;
    case 'text':
      out.type = q.multiline ? 'text' : 'string';
      if (q.maxLength !== undefined) out.maxLength = q.maxLength;
      break;
    case 'contact':
      out.type = 'group';
      help.push(...contactItems(q, languages, all));
      break;
  }
  if (help.length) out.item = help;
  return out;
}

/**
 * The Questionnaire a survey version's responses name: `urn:patient-feedback:survey:<id>|<version>`. `contactWords`:
 * the contact question's own words in each language (default English and Spanish).
 */
export function toQuestionnaire(
  definition: SurveyDefinition,
  contactWords: ContactWords = CONTACT_WORDS,
): Questionnaire {
  const [title, translations] = localized(definition.title, definition.languages);
  return {
    resourceType: 'Questionnaire',
    id: questionnaireId(definition),
    language: definition.languages[0] ?? 'en',
    url: questionnaireUrl(definition.id),
    version: definition.version,
    name: computableName(definition.id),
    title,
    ...(translations ? { _title: translations } : {}),
    status: 'active',
    item: definition.questions.map((q) => item(q, definition, contactWords)),
  };
}
