import type { Translation } from './translation.js';

/**
 * Arabic (Modern Standard Arabic; the patient is addressed in the respectful plural — "أنتم", "تجربتكم" — which is
 * polite and does not depend on the patient's gender; requests as "يُرجى…"). Right to left. Unofficial: no published
 * translation was found for these words, the Friends and Family Test question included, so a practice should have a
 * native speaker review the whole file before patients see it.
 */
export const ar: Translation = {
  lang: 'ar',
  source: 'unofficial — please review',
  ui: {
    next: 'التالي',
    back: 'رجوع',
    submit: 'إرسال',
    sending: 'جارٍ إرسال إجاباتكم…',
    loading: 'جارٍ التحميل…',
    progress: 'الخطوة {0} من {1}',
    optional: '(اختياري)',
    chooseAny: 'يمكن اختيار أكثر من إجابة.',
    yes: 'نعم',
    no: 'لا',
    counter: 'الأحرف: {0} من {1}',

    summary: 'يُرجى مراجعة:',
    required: 'يُرجى الإجابة عن هذا السؤال.',
    'too-long': 'يُرجى اختصار النص بحيث لا يتجاوز {0} حرف.',
    'not-an-option': 'يُرجى اختيار أحد الخيارات.',
    'invalid-email': 'يُرجى التحقق من عنوان البريد الإلكتروني.',
    'invalid-phone': 'يُرجى التحقق من رقم الهاتف.',
    'missing-contact-value': 'يُرجى إضافة وسيلة نتواصل بها معكم.',
    'consent-needed':
      'يُرجى وضع علامة على «يمكنكم التواصل معي بشأن هذه الملاحظات» لكي نتمكن من التواصل معكم، أو اختيار «يُرجى عدم التواصل معي».',

    phone: 'مكالمة هاتفية',
    text: 'رسالة نصية',
    email: 'البريد الإلكتروني',
    none: 'يُرجى عدم التواصل معي',
    phoneValue: 'رقم هاتفكم',
    textValue: 'رقم هاتفكم المحمول',
    emailValue: 'عنوان بريدكم الإلكتروني',
    consent: 'يمكنكم التواصل معي بشأن هذه الملاحظات',
    noConsent: 'لن نتواصل معكم.',
    bestTime: 'أفضل وقت للتواصل معكم',

    thanks: 'شكرًا لكم على ملاحظاتكم',
    thanksText: 'تساعد إجاباتكم {0} على رعاية كل مريض.',
    us: 'فريقنا',
    ask: 'هل تودّون إخبارنا بما لم يكن على ما يرام؟',
    askWhy: 'نحن آسفون. بضع كلمات منكم تساعدنا على تصحيح الأمر.',
    accept: 'أخبرونا بما لم يكن على ما يرام',
    decline: 'لا، شكرًا',
    thanksRecovery: 'شكرًا لكم على إخبارنا',
    thanksRecoveryText: 'وصلتنا ملاحظاتكم ونحن نأخذها بجدية.',
    reference: 'الرقم المرجعي',
    referenceHint: 'يُرجى ذكره إذا تواصلتم معنا.',
    emergency: 'إذا كانت هذه حالة طبية طارئة، فاتصلوا بالرقم 911 أو برقم الطوارئ المحلي.',

    notSaved: 'عذرًا، تعذّر إرسال إجاباتكم أو حفظها على هذا الجهاز.',
    notSavedHint: 'يُرجى التحقق من الاتصال والمحاولة مرة أخرى.',
    tryAgain: 'إعادة المحاولة',

    unavailable: 'عذرًا، نموذج الملاحظات هذا لا يعمل حاليًا.',

    readAloud: 'اقرأ هذا لي',

    stopReading: 'أوقف القراءة',
  },
  kiosk: {
    welcome: 'يسعدنا أن نعرف رأيكم في زيارتكم اليوم.',
    tapToStart: 'المسوا الشاشة للبدء',
    chooseLanguage: 'اللغة',
    stillThereTitle: 'هل ما زلتم هنا؟',
    // The counted noun follows Arabic number agreement: ثانية (0, 1, 11–99, 100+), ثانيتين (2), ثوانٍ (3–10).
    stillThereBody: {
      zero: 'حفاظًا على خصوصيتكم، سنمسح إجاباتكم ونبدأ من جديد للمريض التالي بعد {0} ثانية.',
      one: 'حفاظًا على خصوصيتكم، سنمسح إجاباتكم ونبدأ من جديد للمريض التالي بعد {0} ثانية.',
      two: 'حفاظًا على خصوصيتكم، سنمسح إجاباتكم ونبدأ من جديد للمريض التالي بعد {0} ثانيتين.',
      few: 'حفاظًا على خصوصيتكم، سنمسح إجاباتكم ونبدأ من جديد للمريض التالي بعد {0} ثوانٍ.',
      many: 'حفاظًا على خصوصيتكم، سنمسح إجاباتكم ونبدأ من جديد للمريض التالي بعد {0} ثانية.',
      other: 'حفاظًا على خصوصيتكم، سنمسح إجاباتكم ونبدأ من جديد للمريض التالي بعد {0} ثانية.',
    },
    stillHere: 'ما زلت هنا',
    done: 'تم',
    returning: {
      zero: 'ستعود هذه الشاشة إلى البداية بعد {0} ثانية.',
      one: 'ستعود هذه الشاشة إلى البداية بعد {0} ثانية.',
      two: 'ستعود هذه الشاشة إلى البداية بعد {0} ثانيتين.',
      few: 'ستعود هذه الشاشة إلى البداية بعد {0} ثوانٍ.',
      many: 'ستعود هذه الشاشة إلى البداية بعد {0} ثانية.',
      other: 'ستعود هذه الشاشة إلى البداية بعد {0} ثانية.',
    },
  },
  surveys: {
    'first-impression': {
      title: 'انطباعكم الأول',
      // The Friends and Family Test scale, shared by the overall question and the themes.
      options: {
        'very-good': 'جيد جدًا',
        good: 'جيد',
        neither: 'لا جيد ولا سيئ',
        poor: 'سيئ',
        'very-poor': 'سيئ جدًا',
        'dont-know': 'لا أعرف',
      },
      questions: {
        overall: { easyTitle: 'كيف كانت زيارتكم اليوم؟', title: 'بشكل عام، كيف كانت تجربتكم مع خدمتنا؟' },
        greeting: { easyTitle: 'كيف استقبلناكم؟', title: 'كيف كان استقبالكم عند وصولكم؟' },
        'front-desk': {
          easyTitle: 'كيف عاملكم موظفو الاستقبال؟',
          title: 'كيف تقيّمون لطف فريق الاستقبال لدينا واحترامه لكم؟',
        },
        'waiting-area': { easyTitle: 'كيف كانت غرفة الانتظار؟', title: 'كيف تقيّمون راحة منطقة الانتظار ونظافتها؟' },
        wait: {
          easyTitle: 'كم من الوقت انتظرتم؟',
          title: 'كم من الوقت انتظرتم حتى تمّت معاينتكم؟',
          options: {
            shorter: 'أقل مما توقعت',
            'as-expected': 'تقريبًا كما توقعت',
            'a-little-longer': 'أطول قليلًا مما توقعت',
            'much-longer': 'أطول بكثير مما توقعت',
          },
        },
        listened: {
          easyTitle: 'هل استمعنا إليكم؟',
          title: 'هل شعرتم بأننا استمعنا إليكم؟',
          options: { yes: 'نعم، تمامًا', partly: 'نعم، إلى حدٍّ ما', no: 'لا' },
        },
        comments: {
          easyTitle: 'هل تودّون إخبارنا بالمزيد؟',
          easyHelp: 'اكتبوا ما كان جيدًا أو سيئًا.',
          title: 'هل هناك أي شيء آخر تودّون إخبارنا به؟',
          help: 'أي شيء: ما كان جيدًا، أو ما يمكننا تحسينه.',
        },
      },
    },
    'what-went-wrong': {
      title: 'أخبرونا بما لم يكن على ما يرام',
      questions: {
        apology: {
          easyTitle: 'نحن آسفون. شكرًا لإخبارنا.',
          title: 'نأسف لأن شيئًا لم يكن على ما يرام. شكرًا لإخبارنا — نريد أن نصحّح الأمر.',
        },
        categories: {
          easyTitle: 'ما المشكلة التي حدثت؟',
          easyHelp: 'يمكنكم اختيار أكثر من إجابة.',
          title: 'بماذا كان الأمر يتعلق؟',
          help: 'يمكن اختيار أكثر من إجابة.',
          options: {
            'wait-time': 'وقت الانتظار',
            'front-desk': 'الترحيب ومكتب الاستقبال',
            'phone-scheduling': 'الهاتف وحجز المواعيد',
            billing: 'الفواتير والتأمين',
            communication: 'التواصل',
            cleanliness: 'النظافة والراحة',
            'clinical-care': 'الرعاية الطبية',
            other: 'شيء آخر',
          },
        },
        details: {
          easyTitle: 'ماذا حدث؟',
          easyHelp: 'اكتبوا ذلك بكلماتكم الخاصة.',
          title: 'بكلماتكم الخاصة، ماذا حدث؟',
          help: 'اكتبوا ما تشاؤون، قليلًا كان أو كثيرًا. نحن نقرأ كل رسالة.',
        },
        remedy: { easyTitle: 'كيف يمكننا إصلاح الأمر؟', title: 'ما الذي يمكن أن نفعله لتصحيح الأمر من أجلكم؟' },
        contact: {
          easyTitle: 'هل يمكننا التواصل معكم؟',
          easyHelp: 'بخصوص هذا الأمر فقط.',
          title: 'كيف يمكننا التواصل معكم؟',
          help: 'لن نستخدم هذه المعلومات إلا لمتابعة ما أخبرتمونا به.',
        },
      },
    },
  },
};
