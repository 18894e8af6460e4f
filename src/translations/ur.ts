import type { Translation } from './translation.js';

/**
 * Urdu (standard Urdu, the respectful "آپ" throughout; Urdu letters — ی, ک, ہ, ے — not their Arabic look-alikes, so
 * Nastaliq fonts join them properly). Right to left. Unofficial: no published translation was found for these words,
 * the Friends and Family Test question included, so a practice should have a native speaker review the whole file
 * before patients see it.
 */
export const ur: Translation = {
  lang: 'ur',
  source: 'unofficial — please review',
  ui: {
    next: 'آگے',
    back: 'پیچھے',
    submit: 'جمع کرائیں',
    sending: 'آپ کے جوابات بھیجے جا رہے ہیں…',
    loading: 'لوڈ ہو رہا ہے…',
    progress: 'مرحلہ {0} از {1}',
    optional: '(اختیاری)',
    chooseAny: 'جو بھی لاگو ہوں، منتخب کریں۔',
    yes: 'ہاں',
    no: 'نہیں',
    counter: '{0} از {1} حروف',

    summary: 'براہِ کرم دیکھ لیں:',
    required: 'براہِ کرم اس سوال کا جواب دیں۔',
    'too-long': 'براہِ کرم اسے {0} حروف یا اس سے کم تک مختصر کریں۔',
    'not-an-option': 'براہِ کرم دیے گئے جوابات میں سے ایک منتخب کریں۔',
    'invalid-email': 'براہِ کرم ای میل ایڈریس چیک کر لیں۔',
    'invalid-phone': 'براہِ کرم فون نمبر چیک کر لیں۔',
    'missing-contact-value': 'براہِ کرم بتائیں کہ ہم آپ سے کیسے رابطہ کر سکتے ہیں۔',
    'consent-needed':
      'براہِ کرم “آپ اس رائے کے بارے میں مجھ سے رابطہ کر سکتے ہیں” پر نشان لگائیں تاکہ ہم آپ سے رابطہ کر سکیں، یا “براہِ کرم مجھ سے رابطہ نہ کریں” منتخب کریں۔',

    phone: 'فون کال',
    text: 'ٹیکسٹ میسج',
    email: 'ای میل',
    none: 'براہِ کرم مجھ سے رابطہ نہ کریں',
    phoneValue: 'آپ کا فون نمبر',
    textValue: 'آپ کا موبائل نمبر',
    emailValue: 'آپ کا ای میل ایڈریس',
    consent: 'آپ اس رائے کے بارے میں مجھ سے رابطہ کر سکتے ہیں',
    noConsent: 'ہم آپ سے رابطہ نہیں کریں گے۔',
    bestTime: 'رابطے کا بہترین وقت',

    thanks: 'آپ کی رائے کا شکریہ',
    thanksText: 'آپ کے جوابات {0} کو ہر مریض کی بہتر دیکھ بھال میں مدد دیتے ہیں۔',
    us: 'ہماری ٹیم',
    ask: 'کیا آپ ہمیں بتائیں گے کہ کیا ٹھیک نہیں رہا؟',
    askWhy: 'ہمیں افسوس ہے۔ آپ کے چند الفاظ اسے درست کرنے میں ہماری مدد کرتے ہیں۔',
    accept: 'بتائیں کہ کیا ٹھیک نہیں رہا',
    decline: 'نہیں، شکریہ',
    thanksRecovery: 'ہمیں بتانے کا شکریہ',
    thanksRecoveryText: 'ہمیں آپ کی رائے مل گئی ہے اور ہم اسے سنجیدگی سے لیتے ہیں۔',
    reference: 'آپ کا حوالہ نمبر',
    referenceHint: 'ہم سے رابطہ کرتے وقت یہ نمبر بتائیں۔',
    emergency: 'اگر یہ طبی ایمرجنسی ہے تو 911 یا اپنے مقامی ایمرجنسی نمبر پر کال کریں۔',

    notSaved: 'معذرت، آپ کے جوابات نہ بھیجے جا سکے اور نہ ہی اس آلے پر محفوظ ہو سکے۔',
    notSavedHint: 'براہِ کرم کنکشن چیک کریں اور دوبارہ کوشش کریں۔',
    tryAgain: 'دوبارہ کوشش کریں',

    unavailable: 'معذرت، یہ فارم اس وقت کام نہیں کر رہا۔',

    readAloud: 'یہ مجھے پڑھ کر سنائیں',

    stopReading: 'پڑھنا بند کریں',
  },
  kiosk: {
    welcome: 'ہم جاننا چاہیں گے کہ آج آپ کا دورہ کیسا رہا۔',
    tapToStart: 'شروع کرنے کے لیے چھوئیں',
    chooseLanguage: 'زبان',
    stillThereTitle: 'کیا آپ ابھی یہیں ہیں؟',
    stillThereBody: {
      one: 'آپ کی رازداری کے تحفظ کے لیے، ہم {0} سیکنڈ میں آپ کے جوابات مٹا کر اگلے مریض کے لیے دوبارہ شروع کریں گے۔',
      other: 'آپ کی رازداری کے تحفظ کے لیے، ہم {0} سیکنڈ میں آپ کے جوابات مٹا کر اگلے مریض کے لیے دوبارہ شروع کریں گے۔',
    },
    stillHere: 'میں ابھی یہیں ہوں',
    done: 'مکمل',
    returning: {
      one: 'یہ اسکرین {0} سیکنڈ میں شروع پر واپس چلی جائے گی۔',
      other: 'یہ اسکرین {0} سیکنڈ میں شروع پر واپس چلی جائے گی۔',
    },
  },
  surveys: {
    'first-impression': {
      title: 'آپ کا پہلا تاثر',
      // The Friends and Family Test scale, shared by the overall question and the themes.
      options: {
        'very-good': 'بہت اچھا',
        good: 'اچھا',
        neither: 'نہ اچھا نہ برا',
        poor: 'برا',
        'very-poor': 'بہت برا',
        'dont-know': 'معلوم نہیں',
      },
      questions: {
        overall: {
          easyTitle: 'آج آپ کی ملاقات کیسی رہی؟',
          title: 'مجموعی طور پر، ہماری سروس کے ساتھ آپ کا تجربہ کیسا رہا؟',
        },
        greeting: { easyTitle: 'ہم نے آپ کا استقبال کیسے کیا؟', title: 'آپ کے پہنچنے پر آپ کا استقبال کیسا رہا؟' },
        'front-desk': {
          easyTitle: 'استقبالیہ عملہ کتنا مہربان تھا؟',
          title: 'ہمارے استقبالیہ عملے کا رویہ کتنا شائستہ اور باعزت تھا؟',
        },
        'waiting-area': { easyTitle: 'انتظار گاہ کیسی تھی؟', title: 'انتظار گاہ کتنی آرام دہ اور صاف تھی؟' },
        wait: {
          easyTitle: 'آپ نے کتنا انتظار کیا؟',
          title: 'ملاقات سے پہلے آپ کو کتنا انتظار کرنا پڑا؟',
          options: {
            shorter: 'میری توقع سے کم',
            'as-expected': 'تقریباً میری توقع کے مطابق',
            'a-little-longer': 'میری توقع سے کچھ زیادہ',
            'much-longer': 'میری توقع سے بہت زیادہ',
          },
        },
        listened: {
          easyTitle: 'کیا ہم نے آپ کی بات سنی؟',
          title: 'کیا آپ کو لگا کہ آپ کی بات توجہ سے سنی گئی؟',
          options: { yes: 'ہاں، پوری طرح', partly: 'ہاں، کسی حد تک', no: 'نہیں' },
        },
        comments: {
          easyTitle: 'کیا آپ ہمیں کچھ اور بتائیں گے؟',
          easyHelp: 'لکھیں کہ کیا اچھا تھا یا برا۔',
          title: 'کیا آپ ہمیں کچھ اور بتانا چاہیں گے؟',
          help: 'کچھ بھی — کیا اچھا رہا، یا ہم کیا بہتر کر سکتے ہیں۔',
        },
      },
    },
    'what-went-wrong': {
      title: 'ہمیں بتائیں کہ کیا ٹھیک نہیں رہا',
      questions: {
        apology: {
          easyTitle: 'ہمیں افسوس ہے۔ بتانے کا شکریہ۔',
          title: 'ہمیں افسوس ہے کہ کچھ ٹھیک نہیں رہا۔ ہمیں بتانے کا شکریہ — ہم اسے درست کرنا چاہتے ہیں۔',
        },
        categories: {
          easyTitle: 'مسئلہ کیا تھا؟',
          easyHelp: 'آپ ایک سے زیادہ چن سکتے ہیں۔',
          title: 'یہ کس بارے میں تھا؟',
          help: 'جو بھی لاگو ہوں، منتخب کریں۔',
          options: {
            'wait-time': 'انتظار کا وقت',
            'front-desk': 'استقبال اور فرنٹ ڈیسک',
            'phone-scheduling': 'فون اور اپائنٹمنٹ',
            billing: 'بل اور انشورنس',
            communication: 'بات چیت',
            cleanliness: 'صفائی اور آرام',
            'clinical-care': 'طبی دیکھ بھال',
            other: 'کچھ اور',
          },
        },
        details: {
          easyTitle: 'کیا ہوا؟',
          easyHelp: 'اپنے الفاظ میں لکھیں۔',
          title: 'اپنے الفاظ میں بتائیں، کیا ہوا؟',
          help: 'جتنا چاہیں، کم یا زیادہ بتائیں۔ ہم ہر پیغام پڑھتے ہیں۔',
        },
        remedy: {
          easyTitle: 'ہم اسے کیسے ٹھیک کر سکتے ہیں؟',
          title: 'ہم آپ کے لیے اسے درست کرنے کے لیے کیا کر سکتے ہیں؟',
        },
        contact: {
          easyTitle: 'کیا ہم آپ سے رابطہ کر سکتے ہیں؟',
          easyHelp: 'صرف اسی بارے میں۔',
          title: 'ہم آپ سے کیسے رابطہ کر سکتے ہیں؟',
          help: 'ہم اسے صرف آپ کی بتائی ہوئی بات پر آگے کارروائی کے لیے استعمال کریں گے۔',
        },
      },
    },
  },
};
