import type { Translation } from './translation.js';

/**
 * Vietnamese ("Quý vị" throughout for the patient, "chúng tôi" for the practice; "tôi" only where the patient speaks).
 * Unofficial: no published translation was found for these words, the Friends and Family Test question included, so
 * a practice should have a native speaker review the whole file before patients see it.
 */
export const vi: Translation = {
  lang: 'vi',
  source: 'unofficial — please review',
  ui: {
    next: 'Tiếp theo',
    back: 'Quay lại',
    submit: 'Gửi',
    sending: 'Đang gửi câu trả lời của Quý vị…',
    loading: 'Đang tải…',
    progress: 'Bước {0} trên {1}',
    optional: '(không bắt buộc)',
    chooseAny: 'Xin chọn tất cả các mục phù hợp.',
    yes: 'Có',
    no: 'Không',
    counter: '{0}/{1} ký tự',

    summary: 'Xin vui lòng xem lại:',
    required: 'Xin vui lòng trả lời câu hỏi này.',
    'too-long': 'Xin vui lòng rút ngắn xuống còn tối đa {0} ký tự.',
    'not-an-option': 'Xin vui lòng chọn một trong các lựa chọn.',
    'invalid-email': 'Xin vui lòng kiểm tra lại địa chỉ email.',
    'invalid-phone': 'Xin vui lòng kiểm tra lại số điện thoại.',
    'missing-contact-value': 'Xin vui lòng cho biết chúng tôi có thể liên lạc với Quý vị bằng cách nào.',
    'consent-needed':
      'Xin vui lòng đánh dấu “Tôi đồng ý được liên lạc về ý kiến này” để chúng tôi có thể liên lạc với Quý vị, hoặc chọn “Xin đừng liên lạc với tôi”.',

    phone: 'Gọi điện thoại',
    text: 'Tin nhắn',
    email: 'Email',
    none: 'Xin đừng liên lạc với tôi',
    phoneValue: 'Số điện thoại của Quý vị',
    textValue: 'Số điện thoại di động của Quý vị',
    emailValue: 'Địa chỉ email của Quý vị',
    consent: 'Tôi đồng ý được liên lạc về ý kiến này',
    noConsent: 'Chúng tôi sẽ không liên lạc với Quý vị.',
    bestTime: 'Thời gian thuận tiện nhất để liên lạc',

    thanks: 'Cảm ơn Quý vị đã góp ý',
    thanksText: 'Câu trả lời của Quý vị giúp {0} chăm sóc mọi bệnh nhân tốt hơn.',
    us: 'chúng tôi',
    ask: 'Quý vị có thể cho chúng tôi biết điều gì chưa ổn không?',
    askWhy: 'Chúng tôi rất tiếc. Vài lời chia sẻ sẽ giúp chúng tôi khắc phục.',
    accept: 'Cho chúng tôi biết điều gì chưa ổn',
    decline: 'Không, cảm ơn',
    thanksRecovery: 'Cảm ơn Quý vị đã cho chúng tôi biết',
    thanksRecoveryText: 'Chúng tôi đã nhận được ý kiến của Quý vị và sẽ xem xét nghiêm túc.',
    reference: 'Mã tham chiếu của Quý vị',
    referenceHint: 'Xin cung cấp mã này khi Quý vị liên lạc với chúng tôi.',
    emergency: 'Nếu đây là trường hợp cấp cứu y tế, xin gọi 911 hoặc số cấp cứu tại địa phương.',

    notSaved: 'Rất tiếc, không thể gửi hoặc lưu câu trả lời của Quý vị trên thiết bị này.',
    notSavedHint: 'Xin vui lòng kiểm tra kết nối và thử lại.',
    tryAgain: 'Thử lại',

    unavailable: 'Rất tiếc, mẫu góp ý này hiện không hoạt động.',

    readAloud: 'Đọc cho tôi nghe',

    stopReading: 'Dừng đọc',
  },
  kiosk: {
    welcome: 'Chúng tôi rất muốn biết về buổi khám hôm nay của Quý vị.',
    tapToStart: 'Chạm để bắt đầu',
    chooseLanguage: 'Ngôn ngữ',
    stillThereTitle: 'Quý vị vẫn còn ở đây chứ?',
    stillThereBody: {
      other:
        'Để bảo vệ quyền riêng tư, chúng tôi sẽ xóa câu trả lời của Quý vị và bắt đầu lại cho bệnh nhân tiếp theo sau {0} giây.',
    },
    stillHere: 'Tôi vẫn còn ở đây',
    done: 'Xong',
    returning: {
      other: 'Màn hình này sẽ trở về trang đầu sau {0} giây.',
    },
  },
  surveys: {
    'first-impression': {
      title: 'Ấn tượng đầu tiên của Quý vị',
      // The Friends and Family Test scale, shared by the overall question and the themes.
      options: {
        'very-good': 'Rất tốt',
        good: 'Tốt',
        neither: 'Không tốt cũng không kém',
        poor: 'Kém',
        'very-poor': 'Rất kém',
        'dont-know': 'Không biết',
      },
      questions: {
        overall: {
          easyTitle: 'Buổi khám hôm nay của Quý vị thế nào?',
          title: 'Nhìn chung, Quý vị thấy trải nghiệm với dịch vụ của chúng tôi như thế nào?',
        },
        greeting: {
          easyTitle: 'Chúng tôi đón tiếp Quý vị thế nào?',
          title: 'Quý vị được chào đón như thế nào khi đến nơi?',
        },
        'front-desk': {
          easyTitle: 'Lễ tân đối xử với Quý vị thế nào?',
          title: 'Nhân viên lễ tân của chúng tôi lịch sự và tôn trọng Quý vị như thế nào?',
        },
        'waiting-area': { easyTitle: 'Phòng chờ thế nào?', title: 'Khu vực chờ thoải mái và sạch sẽ như thế nào?' },
        wait: {
          easyTitle: 'Quý vị đã chờ bao lâu?',
          title: 'Quý vị đã phải chờ bao lâu trước khi được khám?',
          options: {
            shorter: 'Ít hơn tôi nghĩ',
            'as-expected': 'Khoảng như tôi nghĩ',
            'a-little-longer': 'Lâu hơn tôi nghĩ một chút',
            'much-longer': 'Lâu hơn tôi nghĩ rất nhiều',
          },
        },
        listened: {
          easyTitle: 'Chúng tôi có lắng nghe Quý vị không?',
          title: 'Quý vị có cảm thấy được lắng nghe không?',
          options: { yes: 'Có, hoàn toàn', partly: 'Có, phần nào', no: 'Không' },
        },
        comments: {
          easyTitle: 'Quý vị muốn nói thêm gì không?',
          easyHelp: 'Xin viết điều tốt hoặc chưa tốt.',
          title: 'Quý vị có muốn chia sẻ thêm điều gì không?',
          help: 'Bất cứ điều gì: điều gì tốt, hoặc điều gì chúng tôi có thể làm tốt hơn.',
        },
      },
    },
    'what-went-wrong': {
      title: 'Cho chúng tôi biết điều gì chưa ổn',
      questions: {
        apology: {
          easyTitle: 'Chúng tôi rất tiếc. Cảm ơn Quý vị đã cho biết.',
          title:
            'Chúng tôi rất tiếc vì đã có điều chưa ổn. Cảm ơn Quý vị đã cho chúng tôi biết — chúng tôi muốn khắc phục điều đó.',
        },
        categories: {
          easyTitle: 'Vấn đề là gì?',
          easyHelp: 'Quý vị có thể chọn nhiều mục.',
          title: 'Việc này liên quan đến điều gì?',
          help: 'Xin chọn tất cả các mục phù hợp.',
          options: {
            'wait-time': 'Thời gian chờ',
            'front-desk': 'Tiếp đón và quầy lễ tân',
            'phone-scheduling': 'Điện thoại và đặt lịch hẹn',
            billing: 'Thanh toán và bảo hiểm',
            communication: 'Giao tiếp',
            cleanliness: 'Vệ sinh và sự thoải mái',
            'clinical-care': 'Chăm sóc y tế',
            other: 'Việc khác',
          },
        },
        details: {
          easyTitle: 'Đã có chuyện gì?',
          easyHelp: 'Xin viết bằng lời của Quý vị.',
          title: 'Xin Quý vị kể lại bằng lời của mình: đã có chuyện gì xảy ra?',
          help: 'Quý vị có thể chia sẻ nhiều hay ít tùy ý. Chúng tôi đọc mọi tin nhắn.',
        },
        remedy: {
          easyTitle: 'Chúng tôi có thể sửa lại thế nào?',
          title: 'Chúng tôi có thể làm gì để khắc phục điều này cho Quý vị?',
        },
        contact: {
          easyTitle: 'Chúng tôi có thể liên lạc với Quý vị không?',
          easyHelp: 'Chỉ về việc này.',
          title: 'Chúng tôi có thể liên lạc với Quý vị bằng cách nào?',
          help: 'Chúng tôi chỉ dùng thông tin này để phản hồi về những gì Quý vị đã chia sẻ.',
        },
      },
    },
  },
};
