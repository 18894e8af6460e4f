import type { Translation } from './translation.js';

/**
 * Somali (plain, everyday Somali in Latin script; "fadlan" for please, the patient as "adiga"). Unofficial: no
 * published translation was found for these words, the Friends and Family Test question included, so a practice
 * should have a native speaker review the whole file before patients see it.
 */
export const so: Translation = {
  lang: 'so',
  source: 'unofficial — please review',
  ui: {
    next: 'Xiga',
    back: 'Dib u noqo',
    submit: 'Dir',
    sending: 'Jawaabahaaga waa la dirayaa…',
    loading: 'Waa la soo rarayaa…',
    progress: 'Tallaabada {0} ee {1}',
    optional: '(ikhtiyaari)',
    chooseAny: 'Dooro dhammaan kuwa khuseeya.',
    yes: 'Haa',
    no: 'Maya',
    counter: '{0} ee {1} xaraf',

    summary: 'Fadlan eeg:',
    required: 'Fadlan ka jawaab su’aashan.',
    'too-long': 'Fadlan ka dhig {0} xaraf ama ka yar.',
    'not-an-option': 'Fadlan dooro mid ka mid ah jawaabaha.',
    'invalid-email': 'Fadlan hubi ciwaanka iimaylka.',
    'invalid-phone': 'Fadlan hubi lambarka taleefanka.',
    'missing-contact-value': 'Fadlan noo sheeg sida aan kuula soo xiriiri karno.',
    'consent-needed':
      'Fadlan calaamadee “Waad ila soo xiriiri kartaan ra’yigan ku saabsan” si aan kuula soo xiriirno, ama dooro “Fadlan ha ila soo xiriirin”.',

    phone: 'Wicitaan taleefan',
    text: 'Fariin qoraal ah',
    email: 'Iimayl',
    none: 'Fadlan ha ila soo xiriirin',
    phoneValue: 'Lambarka taleefankaaga',
    textValue: 'Lambarka moobaylkaaga',
    emailValue: 'Ciwaanka iimaylkaaga',
    consent: 'Waad ila soo xiriiri kartaan ra’yigan ku saabsan',
    noConsent: 'Kulama soo xiriiri doonno.',
    bestTime: 'Waqtiga ugu fiican ee lagula soo xiriiro',

    thanks: 'Waad ku mahadsan tahay ra’yigaaga',
    thanksText: 'Jawaabahaagu waxay {0} ka caawiyaan inay daryeelaan bukaan kasta.',
    us: 'kooxdayada',
    ask: 'Ma noo sheegi kartaa waxa khaldamay?',
    askWhy: 'Waan ka xunnahay. Dhowr eray ayaa naga caawinaya inaan arrinta saxno.',
    accept: 'Noo sheeg waxa khaldamay',
    decline: 'Maya, mahadsanid',
    thanksRecovery: 'Waad ku mahadsan tahay inaad noo sheegtay',
    thanksRecoveryText: 'Waxaan helnay ra’yigaaga, si dhab ah ayaanna u qaadanaynaa.',
    reference: 'Lambarka tixraacaaga',
    referenceHint: 'Sheeg haddii aad nala soo xiriirto.',
    emergency:
      'Haddii tani tahay xaalad caafimaad oo degdeg ah, wac 911 ama lambarka gurmadka degdegga ah ee deegaankaaga.',

    notSaved: 'Waan ka xunnahay, jawaabahaaga lama diri karin, laguma kaydin karin qalabkanna.',
    notSavedHint: 'Fadlan hubi xiriirka internetka oo mar kale isku day.',
    tryAgain: 'Mar kale isku day',

    unavailable: 'Waan ka xunnahay, foomkan hadda ma shaqaynayo.',

    readAloud: 'Ii akhri',

    stopReading: 'Jooji akhrinta',
  },
  kiosk: {
    welcome: 'Waxaan jeclaan lahayn inaan ka maqalno booqashadaada maanta.',
    tapToStart: 'Taabo si aad u bilowdo',
    chooseLanguage: 'Luuqadda',
    stillThereTitle: 'Weli ma joogtaa?',
    stillThereBody: {
      one: 'Si aan u ilaalino sirtaada, waxaan tirtiri doonnaa jawaabahaaga oo dib ugu bilaabi doonnaa bukaanka xiga {0} ilbiriqsi kadib.',
      other:
        'Si aan u ilaalino sirtaada, waxaan tirtiri doonnaa jawaabahaaga oo dib ugu bilaabi doonnaa bukaanka xiga {0} ilbiriqsi kadib.',
    },
    stillHere: 'Weli waan joogaa',
    done: 'Waan dhammeeyay',
    returning: {
      one: 'Shaashaddani waxay ku laaban doontaa bilowga {0} ilbiriqsi kadib.',
      other: 'Shaashaddani waxay ku laaban doontaa bilowga {0} ilbiriqsi kadib.',
    },
  },
  surveys: {
    'first-impression': {
      title: 'Aragtidaada koowaad',
      // The Friends and Family Test scale, shared by the overall question and the themes.
      options: {
        'very-good': 'Aad u fiican',
        good: 'Fiican',
        neither: 'Fiican ma aha, xunna ma aha',
        poor: 'Xun',
        'very-poor': 'Aad u xun',
        'dont-know': 'Ma garanayo',
      },
      questions: {
        overall: {
          easyTitle: 'Sidee ayay ahayd booqashadaadii maanta?',
          title: 'Guud ahaan, sidee ayay ahayd khibradaadii adeeggayaga?',
        },
        greeting: { easyTitle: 'Sidee laguugu soo dhoweeyay?', title: 'Sidee laguugu soo dhoweeyay markii aad timid?' },
        'front-desk': {
          easyTitle: 'Sidee ahayd edebta miiska hore?',
          title: 'Sidee ahayd edebta iyo ixtiraamka shaqaalaha soo dhoweynta?',
        },
        'waiting-area': {
          easyTitle: 'Sidee ahaa qolka sugitaanka?',
          title: 'Sidee ahayd nadaafadda iyo raaxada qolka sugitaanka?',
        },
        wait: {
          easyTitle: 'Muddo intee le’eg ayaad sugtay?',
          title: 'Muddo intee le’eg ayaad sugtay ka hor inta aan lagu arag?',
          options: {
            shorter: 'Ka yar intii aan filayay',
            'as-expected': 'Qiyaastii intii aan filayay',
            'a-little-longer': 'Wax yar ka badan intii aan filayay',
            'much-longer': 'Aad uga badan intii aan filayay',
          },
        },
        listened: {
          easyTitle: 'Ma lagu dhegaystay?',
          title: 'Ma dareentay in lagu dhegaystay?',
          options: { yes: 'Haa, gebi ahaanba', partly: 'Haa, qayb ahaan', no: 'Maya' },
        },
        comments: {
          easyTitle: 'Ma rabtaa inaad wax kale noo sheegto?',
          easyHelp: 'Qor waxa fiicnaa ama waxa xumaa.',
          title: 'Ma jiraa wax kale oo aad jeclaan lahayd inaad noo sheegto?',
          help: 'Wax kasta — waxa si fiican u dhacay, ama waxa aan hagaajin karno.',
        },
      },
    },
    'what-went-wrong': {
      title: 'Noo sheeg waxa khaldamay',
      questions: {
        apology: {
          easyTitle: 'Waan ka xunnahay. Waad ku mahadsan tahay inaad noo sheegtay.',
          title:
            'Waan ka xunnahay in wax aan sax ahayn ay dhaceen. Waad ku mahadsan tahay inaad noo sheegtay — waxaan doonaynaa inaan saxno.',
        },
        categories: {
          easyTitle: 'Maxay ahayd dhibaatadu?',
          easyHelp: 'Waxaad dooran kartaa wax ka badan hal.',
          title: 'Maxay ku saabsanayd?',
          help: 'Dooro dhammaan kuwa khuseeya.',
          options: {
            'wait-time': 'Waqtiga sugitaanka',
            'front-desk': 'Soo dhoweynta iyo miiska hore',
            'phone-scheduling': 'Taleefanka iyo ballamaha',
            billing: 'Lacag bixinta iyo caymiska',
            communication: 'Wada hadalka',
            cleanliness: 'Nadaafadda iyo raaxada',
            'clinical-care': 'Daryeelka caafimaadka',
            other: 'Wax kale',
          },
        },
        details: {
          easyTitle: 'Maxaa dhacay?',
          easyHelp: 'Ku qor erayadaada.',
          title: 'Erayadaada, maxaa dhacay?',
          help: 'Noo sheeg inta aad doonto, wax badan ama wax yar. Fariin kasta waan akhrinnaa.',
        },
        remedy: { easyTitle: 'Sidee ayaan u saxi karnaa?', title: 'Maxaan samayn karnaa si arrintan laguugu saxo?' },
        contact: {
          easyTitle: 'Ma kula soo xiriiri karnaa?',
          easyHelp: 'Arrintan oo keliya.',
          title: 'Sidee kuula soo xiriiri karnaa?',
          help: 'Waxaan u isticmaali doonnaa oo keliya si aan ula socono wixii aad noo sheegtay.',
        },
      },
    },
  },
};
