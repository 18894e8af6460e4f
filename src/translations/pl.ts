import type { Translation } from './translation.js';

/**
 * Polish (polite and gender-neutral: impersonal "Prosimy…", "Można…" and the "Państwo" form, never "ty"; answers
 * the patient gives in the first person avoid gendered past tenses). Unofficial: no published translation was found
 * for these words, the Friends and Family Test question included, so a practice should have a native speaker review
 * the whole file before patients see it.
 */
export const pl: Translation = {
  lang: 'pl',
  source: 'unofficial — please review',
  ui: {
    next: 'Dalej',
    back: 'Wstecz',
    submit: 'Wyślij',
    sending: 'Wysyłanie odpowiedzi…',
    loading: 'Ładowanie…',
    progress: 'Krok {0} z {1}',
    optional: '(opcjonalnie)',
    chooseAny: 'Można wybrać kilka odpowiedzi.',
    yes: 'Tak',
    no: 'Nie',
    counter: '{0} z {1} znaków',

    summary: 'Prosimy sprawdzić:',
    required: 'Prosimy odpowiedzieć na to pytanie.',
    'too-long': 'Prosimy skrócić tekst do {0} znaków lub mniej.',
    'not-an-option': 'Prosimy wybrać jedną z odpowiedzi.',
    'invalid-email': 'Prosimy sprawdzić adres e-mail.',
    'invalid-phone': 'Prosimy sprawdzić numer telefonu.',
    'missing-contact-value': 'Prosimy podać, jak możemy się z Państwem skontaktować.',
    'consent-needed':
      'Prosimy zaznaczyć „Można się ze mną kontaktować w sprawie tej opinii”, aby umożliwić kontakt, albo wybrać „Proszę się ze mną nie kontaktować”.',

    phone: 'Rozmowa telefoniczna',
    text: 'SMS',
    email: 'E-mail',
    none: 'Proszę się ze mną nie kontaktować',
    phoneValue: 'Numer telefonu',
    textValue: 'Numer telefonu komórkowego',
    emailValue: 'Adres e-mail',
    consent: 'Można się ze mną kontaktować w sprawie tej opinii',
    noConsent: 'Nie będziemy się z Państwem kontaktować.',
    bestTime: 'Najlepsza pora na kontakt',

    thanks: 'Dziękujemy za opinię',
    // {0} in the nominative: the practice's name can't be declined, so the sentence is built around it.
    thanksText: 'Dzięki Państwa odpowiedziom {0} może lepiej dbać o każdego pacjenta.',
    us: 'nasz zespół',
    ask: 'Czy zechcą Państwo powiedzieć nam, co poszło nie tak?',
    askWhy: 'Przykro nam. Kilka słów pomoże nam to naprawić.',
    accept: 'Tak, opiszę, co poszło nie tak',
    decline: 'Nie, dziękuję',
    thanksRecovery: 'Dziękujemy za zgłoszenie',
    thanksRecoveryText: 'Otrzymaliśmy Państwa opinię i traktujemy ją poważnie.',
    reference: 'Numer zgłoszenia',
    referenceHint: 'Prosimy podać go przy kontakcie z nami.',
    emergency: 'W nagłym przypadku medycznym prosimy dzwonić pod numer 911 lub lokalny numer alarmowy.',

    notSaved: 'Przepraszamy, nie udało się wysłać ani zapisać odpowiedzi na tym urządzeniu.',
    notSavedHint: 'Prosimy sprawdzić połączenie i spróbować ponownie.',
    tryAgain: 'Spróbuj ponownie',

    unavailable: 'Przepraszamy, ten formularz chwilowo nie działa.',

    readAloud: 'Przeczytaj na głos',

    stopReading: 'Zatrzymaj czytanie',
  },
  kiosk: {
    welcome: 'Chętnie dowiemy się, jak minęła dzisiejsza wizyta.',
    tapToStart: 'Prosimy dotknąć ekranu, aby rozpocząć',
    chooseLanguage: 'Język',
    stillThereTitle: 'Czy nadal tu Państwo są?',
    stillThereBody: {
      one: 'Aby chronić prywatność, za {0} sekundę usuniemy odpowiedzi i zaczniemy od nowa dla następnego pacjenta.',
      few: 'Aby chronić prywatność, za {0} sekundy usuniemy odpowiedzi i zaczniemy od nowa dla następnego pacjenta.',
      many: 'Aby chronić prywatność, za {0} sekund usuniemy odpowiedzi i zaczniemy od nowa dla następnego pacjenta.',
      other: 'Aby chronić prywatność, za {0} sekundy usuniemy odpowiedzi i zaczniemy od nowa dla następnego pacjenta.',
    },
    stillHere: 'Nadal tu jestem',
    done: 'Gotowe',
    returning: {
      one: 'Ten ekran wróci do początku za {0} sekundę.',
      few: 'Ten ekran wróci do początku za {0} sekundy.',
      many: 'Ten ekran wróci do początku za {0} sekund.',
      other: 'Ten ekran wróci do początku za {0} sekundy.',
    },
  },
  surveys: {
    'first-impression': {
      title: 'Pierwsze wrażenie',
      // The Friends and Family Test scale, shared by the overall question and the themes.
      options: {
        'very-good': 'Bardzo dobrze',
        good: 'Dobrze',
        neither: 'Ani dobrze, ani źle',
        poor: 'Źle',
        'very-poor': 'Bardzo źle',
        'dont-know': 'Nie wiem',
      },
      questions: {
        overall: {
          easyTitle: 'Jak minęła dzisiejsza wizyta?',
          title: 'Jak ogólnie oceniają Państwo swoje doświadczenia z naszymi usługami?',
        },
        greeting: { easyTitle: 'Jak Państwa przywitaliśmy?', title: 'Jak przywitano Państwa po przybyciu?' },
        'front-desk': {
          easyTitle: 'Jak traktowała Państwa recepcja?',
          title: 'Jak oceniają Państwo uprzejmość i szacunek ze strony naszej recepcji?',
        },
        'waiting-area': {
          easyTitle: 'Jak było w poczekalni?',
          title: 'Jak oceniają Państwo wygodę i czystość poczekalni?',
        },
        wait: {
          easyTitle: 'Jak długo Państwo czekali?',
          title: 'Jak długo czekali Państwo na przyjęcie?',
          options: {
            shorter: 'Krócej, niż się spodziewano',
            'as-expected': 'Mniej więcej tyle, ile się spodziewano',
            'a-little-longer': 'Trochę dłużej, niż się spodziewano',
            'much-longer': 'Znacznie dłużej, niż się spodziewano',
          },
        },
        listened: {
          easyTitle: 'Czy Państwa wysłuchaliśmy?',
          title: 'Czy czuli się Państwo wysłuchani?',
          options: { yes: 'Tak, w pełni', partly: 'Tak, w pewnym stopniu', no: 'Nie' },
        },
        comments: {
          easyTitle: 'Czy chcą Państwo dodać coś jeszcze?',
          easyHelp: 'Prosimy napisać, co było dobre lub złe.',
          title: 'Czy chcieliby Państwo przekazać nam coś jeszcze?',
          help: 'Cokolwiek: co poszło dobrze albo co możemy poprawić.',
        },
      },
    },
    'what-went-wrong': {
      title: 'Prosimy powiedzieć, co poszło nie tak',
      questions: {
        apology: {
          easyTitle: 'Przykro nam. Dziękujemy, że nam Państwo mówią.',
          title: 'Przykro nam, że coś było nie tak. Dziękujemy, że nam Państwo o tym mówią — chcemy to naprawić.',
        },
        categories: {
          easyTitle: 'Jaki był problem?',
          easyHelp: 'Można wybrać kilka odpowiedzi.',
          title: 'Czego to dotyczyło?',
          help: 'Można wybrać kilka odpowiedzi.',
          options: {
            'wait-time': 'Czas oczekiwania',
            'front-desk': 'Powitanie i recepcja',
            'phone-scheduling': 'Telefon i umawianie wizyt',
            billing: 'Rozliczenia i ubezpieczenie',
            communication: 'Komunikacja',
            cleanliness: 'Czystość i wygoda',
            'clinical-care': 'Opieka medyczna',
            other: 'Coś innego',
          },
        },
        details: {
          easyTitle: 'Co się stało?',
          easyHelp: 'Prosimy opisać to własnymi słowami.',
          title: 'Co się stało? Prosimy opisać to własnymi słowami.',
          help: 'Tyle, ile Państwo chcą — dużo lub mało. Czytamy każdą wiadomość.',
        },
        remedy: { easyTitle: 'Jak możemy to naprawić?', title: 'Co możemy zrobić, aby to naprawić?' },
        contact: {
          easyTitle: 'Czy możemy się z Państwem skontaktować?',
          easyHelp: 'Tylko w tej sprawie.',
          title: 'Jak możemy się z Państwem skontaktować?',
          help: 'Wykorzystamy te dane wyłącznie po to, by odpowiedzieć na Państwa zgłoszenie.',
        },
      },
    },
  },
};
