import type { Translation } from './translation.js';

/**
 * Simplified Chinese (Mandarin, polite "您" throughout, plain mainland wording). Unofficial: no published translation
 * was found for these words, the Friends and Family Test question included, so a practice should have a native
 * speaker review the whole file before patients see it.
 */
export const zhHans: Translation = {
  lang: 'zh-Hans',
  source: 'unofficial — please review',
  ui: {
    next: '下一步',
    back: '返回',
    submit: '提交',
    sending: '正在发送您的回答…',
    loading: '正在加载…',
    progress: '第 {0} 步，共 {1} 步',
    optional: '（选填）',
    chooseAny: '请选择所有适用的选项。',
    yes: '是',
    no: '否',
    counter: '{0}/{1} 个字符',

    summary: '请查看：',
    required: '请回答这个问题。',
    'too-long': '请将内容缩短到 {0} 个字符以内。',
    'not-an-option': '请从选项中选择一项。',
    'invalid-email': '请检查电子邮箱地址。',
    'invalid-phone': '请检查电话号码。',
    'missing-contact-value': '请填写我们可以联系您的方式。',
    'consent-needed': '请勾选“可以就此反馈联系我”，以便我们联系您；或选择“请不要联系我”。',

    phone: '电话',
    text: '短信',
    email: '电子邮件',
    none: '请不要联系我',
    phoneValue: '您的电话号码',
    textValue: '您的手机号码',
    emailValue: '您的电子邮箱地址',
    consent: '可以就此反馈联系我',
    noConsent: '我们不会联系您。',
    bestTime: '方便联系您的时间',

    thanks: '感谢您的反馈',
    thanksText: '您的回答有助于{0}照顾好每一位患者。',
    us: '我们',
    ask: '您愿意告诉我们哪里出了问题吗？',
    askWhy: '我们很抱歉。您的几句话能帮助我们改正。',
    accept: '告诉我们哪里出了问题',
    decline: '不用了，谢谢',
    thanksRecovery: '感谢您告诉我们',
    thanksRecoveryText: '我们已收到您的反馈，并会认真对待。',
    reference: '您的参考编号',
    referenceHint: '联系我们时请提供此编号。',
    emergency: '如遇医疗紧急情况，请拨打 911 或当地急救电话。',

    notSaved: '抱歉，您的回答未能发送，也未能保存在此设备上。',
    notSavedHint: '请检查网络连接后重试。',
    tryAgain: '重试',

    unavailable: '抱歉，此反馈表暂时无法使用。',

    readAloud: '为我朗读',

    stopReading: '停止朗读',
  },
  kiosk: {
    welcome: '我们很想了解您今天的就诊体验。',
    tapToStart: '轻触屏幕开始',
    chooseLanguage: '语言',
    stillThereTitle: '您还在吗？',
    stillThereBody: {
      other: '为保护您的隐私，我们将在 {0} 秒后清除您的回答，并为下一位患者重新开始。',
    },
    stillHere: '我还在',
    done: '完成',
    returning: {
      other: '此屏幕将在 {0} 秒后返回开始页面。',
    },
  },
  surveys: {
    'first-impression': {
      title: '您的第一印象',
      // The Friends and Family Test scale, shared by the overall question and the themes.
      options: {
        'very-good': '非常好',
        good: '好',
        neither: '不好也不差',
        poor: '差',
        'very-poor': '非常差',
        'dont-know': '不知道',
      },
      questions: {
        overall: { easyTitle: '您今天的就诊怎么样？', title: '总体而言，您对我们服务的体验如何？' },
        greeting: { easyTitle: '我们接待得怎么样？', title: '您到达时，我们的接待如何？' },
        'front-desk': { easyTitle: '前台对您的态度怎么样？', title: '我们的前台工作人员是否礼貌、尊重您？' },
        'waiting-area': { easyTitle: '候诊室怎么样？', title: '候诊区是否舒适、整洁？' },
        wait: {
          easyTitle: '您等了多久？',
          title: '您等了多久才就诊？',
          options: {
            shorter: '比我预想的短',
            'as-expected': '和我预想的差不多',
            'a-little-longer': '比我预想的稍长',
            'much-longer': '比我预想的长得多',
          },
        },
        listened: {
          easyTitle: '我们认真听您说话了吗？',
          title: '您是否觉得我们认真倾听了您的意见？',
          options: { yes: '是的，完全如此', partly: '是的，在一定程度上', no: '没有' },
        },
        comments: {
          easyTitle: '您还想告诉我们什么吗？',
          easyHelp: '请写下好的或不好的地方。',
          title: '您还有什么想告诉我们的吗？',
          help: '什么都可以：哪些方面做得好，或者我们哪些方面可以改进。',
        },
      },
    },
    'what-went-wrong': {
      title: '请告诉我们哪里出了问题',
      questions: {
        apology: {
          easyTitle: '很抱歉。谢谢您告诉我们。',
          title: '很抱歉让您有不好的经历。感谢您告诉我们——我们希望把问题改正过来。',
        },
        categories: {
          easyTitle: '是什么问题？',
          easyHelp: '您可以选多个。',
          title: '与哪方面有关？',
          help: '请选择所有适用的选项。',
          options: {
            'wait-time': '等候时间',
            'front-desk': '接待和前台',
            'phone-scheduling': '电话和预约',
            billing: '费用和保险',
            communication: '沟通',
            cleanliness: '清洁和舒适',
            'clinical-care': '临床诊疗',
            other: '其他',
          },
        },
        details: {
          easyTitle: '发生了什么？',
          easyHelp: '请用您自己的话写。',
          title: '请用您自己的话告诉我们发生了什么。',
          help: '多说少说都可以。我们会阅读每一条留言。',
        },
        remedy: { easyTitle: '我们怎样解决这个问题？', title: '我们怎样做才能为您解决这个问题？' },
        contact: {
          easyTitle: '我们可以联系您吗？',
          easyHelp: '只为这件事。',
          title: '我们怎样联系您？',
          help: '我们只会用它来跟进您告诉我们的情况。',
        },
      },
    },
  },
};
