/**
 * Survey definitions are data: a practice may write its own as JSON and load it with the `survey` attribute.
 * `parseDefinition` (parse.ts) turns unknown JSON into these types or throws a `DefinitionError` naming the path.
 */

/** Text in one language, or per language: `{ "en": "Thank you", "es": "Gracias" }`. */
export type LocalText = string | Readonly<Record<string, string>>;

export type SurveyKind = 'first-impression' | 'what-went-wrong';

export interface ChoiceOption {
  /** Stored in the answers; stable across languages (`very-good`). */
  readonly value: string;
  readonly label: LocalText;
}

/** Show a question only when an earlier answer matches. */
export interface Condition {
  /** Id of an earlier question. */
  readonly question: string;
  /** Shown when the answer equals one of these (for multiple choice: when any selected value is one of these). */
  readonly in: readonly string[];
}

interface QuestionBase {
  /** Key in `answers`; letters, digits, `-` and `_`. */
  readonly id: string;
  readonly title: LocalText;
  readonly help?: LocalText;
  /** Easy read: the title in short, plain sentences (default: `title`). */
  readonly easyTitle?: LocalText;
  /** Easy read: the help in short, plain sentences (default: `help`). */
  readonly easyHelp?: LocalText;
  readonly required?: boolean;
  readonly showIf?: Condition;
  /**
   * Questions that share a `page` id and stand next to each other are shown on one screen.
   * Without it a question has a screen of its own.
   */
  readonly page?: string;
}

/** One answer from a list. `display: 'faces'` draws a rating scale of faces (the options still carry the words). */
export interface SingleChoiceQuestion extends QuestionBase {
  readonly type: 'single';
  readonly options: readonly ChoiceOption[];
  readonly display?: 'list' | 'faces';
}

export interface MultipleChoiceQuestion extends QuestionBase {
  readonly type: 'multiple';
  readonly options: readonly ChoiceOption[];
}

/** Answer is `'yes'` or `'no'`. */
export interface YesNoQuestion extends QuestionBase {
  readonly type: 'yes-no';
}

export interface TextQuestion extends QuestionBase {
  readonly type: 'text';
  /** Characters (Unicode code points), default 2000. */
  readonly maxLength?: number;
  readonly multiline?: boolean;
}

/** Words to read with no answer (the recovery form's apology). */
export interface StatementQuestion extends QuestionBase {
  readonly type: 'statement';
}

/** How and whether the patient wants to be contacted (the recovery form's follow-up). */
export interface ContactQuestion extends QuestionBase {
  readonly type: 'contact';
  /** Default: all of phone, text, email, none. */
  readonly methods?: readonly ContactMethod[];
}

export type Question =
  SingleChoiceQuestion | MultipleChoiceQuestion | YesNoQuestion | TextQuestion | StatementQuestion | ContactQuestion;

export type QuestionType = Question['type'];

export interface SurveyDefinition {
  readonly id: string;
  readonly version: string;
  readonly kind: SurveyKind;
  readonly title: LocalText;
  /** Languages the text is written in; the first is the fallback. */
  readonly languages: readonly string[];
  readonly questions: readonly Question[];
  /**
   * First-impression only: overall answers that lead to "Would you tell us what went wrong?".
   * Default `['poor', 'very-poor']`.
   */
  readonly recoveryWhen?: { readonly question: string; readonly in: readonly string[] };
}

export type ContactMethod = 'phone' | 'text' | 'email' | 'none';

export interface ContactAnswer {
  readonly method: ContactMethod;
  /** Phone number or e-mail address; empty when `method` is `none` or consent is withheld. */
  readonly value: string;
  readonly consent: boolean;
  readonly bestTime: string;
}

export type AnswerValue = string | readonly string[] | ContactAnswer;

/** By question id. A question not answered has no key. */
export type Answers = Readonly<Record<string, AnswerValue>>;

export type Channel = 'embed' | 'kiosk';

/** What is POSTed to the practice's endpoint (docs/submission-and-delivery.md). */
export interface Submission {
  readonly id: string;
  readonly kind: SurveyKind;
  readonly survey: { readonly id: string; readonly version: string };
  readonly submittedAt: string;
  readonly lang: string;
  readonly channel: Channel;
  readonly practice?: string;
  readonly location?: string;
  readonly relatedTo?: string;
  /** What-went-wrong only: short code the patient can quote, derived from `id`. */
  readonly reference?: string;
  /** When the survey was shown to the patient: the collector flags a submission sent faster than a person answers. */
  readonly startedAt?: string;
  /** What was typed into a field hidden from people (a honeypot); present only when something was. */
  readonly honeypot?: string;
  readonly answers: Answers;
}
