import type { Translation } from './translation.js';

/**
 * Portuguese — Brazilian (the variant `Intl` means by `pt`, and the one most speakers use): "você" used sparingly,
 * polite and impersonal where it reads naturally, and wording that does not depend on the patient's gender ("pelo
 * atendimento", not "atendido/a"). A practice serving mostly European Portuguese speakers should adjust "você",
 * "tela", "celular" and the gerunds ("enviando"). Unofficial: no published translation was found for these words, the
 * Friends and Family Test question included, so a practice should have a native speaker review the whole file before
 * patients see it.
 */
export const pt: Translation = {
  lang: 'pt',
  source: 'unofficial — please review',
  ui: {
    next: 'Avançar',
    back: 'Voltar',
    submit: 'Enviar',
    sending: 'Enviando suas respostas…',
    loading: 'Carregando…',
    progress: 'Etapa {0} de {1}',
    optional: '(opcional)',
    chooseAny: 'Escolha todas as opções que se aplicam.',
    yes: 'Sim',
    no: 'Não',
    counter: '{0} de {1} caracteres',

    summary: 'Por favor, verifique:',
    required: 'Por favor, responda a esta pergunta.',
    'too-long': 'Por favor, reduza o texto para {0} caracteres ou menos.',
    'not-an-option': 'Por favor, escolha uma das opções.',
    'invalid-email': 'Por favor, confira o endereço de e-mail.',
    'invalid-phone': 'Por favor, confira o número de telefone.',
    'missing-contact-value': 'Por favor, informe como podemos entrar em contato.',
    'consent-needed':
      'Por favor, marque “Podem entrar em contato comigo sobre esta opinião” para que possamos retornar, ou escolha “Por favor, não entrem em contato comigo”.',

    phone: 'Ligação telefônica',
    text: 'Mensagem de texto (SMS)',
    email: 'E-mail',
    none: 'Por favor, não entrem em contato comigo',
    phoneValue: 'Seu número de telefone',
    textValue: 'Seu número de celular',
    emailValue: 'Seu endereço de e-mail',
    consent: 'Podem entrar em contato comigo sobre esta opinião',
    noConsent: 'Não entraremos em contato.',
    bestTime: 'Melhor horário para falar com você',

    thanks: 'Agradecemos a sua opinião',
    thanksText: 'Suas respostas ajudam {0} a cuidar bem de cada paciente.',
    us: 'nossa equipe',
    ask: 'Poderia nos contar o que deu errado?',
    askWhy: 'Sentimos muito. Algumas palavras nos ajudam a corrigir isso.',
    accept: 'Contar o que deu errado',
    decline: 'Agora não',
    thanksRecovery: 'Agradecemos por nos contar',
    thanksRecoveryText: 'Recebemos sua opinião e a levamos a sério.',
    reference: 'Seu código de referência',
    referenceHint: 'Informe este código se entrar em contato conosco.',
    emergency: 'Em caso de emergência médica, ligue para o 911 ou para o número de emergência local.',

    notSaved: 'Desculpe, não foi possível enviar nem guardar suas respostas neste dispositivo.',
    notSavedHint: 'Verifique a conexão e tente novamente.',
    tryAgain: 'Tentar novamente',

    unavailable: 'Desculpe, este formulário não está funcionando no momento.',

    readAloud: 'Ler em voz alta para mim',

    stopReading: 'Parar a leitura',
  },
  kiosk: {
    welcome: 'Gostaríamos muito de saber como foi sua visita hoje.',
    tapToStart: 'Toque para começar',
    chooseLanguage: 'Idioma',
    stillThereTitle: 'Você ainda está aí?',
    stillThereBody: {
      one: 'Para proteger sua privacidade, vamos apagar suas respostas e recomeçar para o próximo paciente em {0} segundo.',
      many: 'Para proteger sua privacidade, vamos apagar suas respostas e recomeçar para o próximo paciente em {0} de segundos.',
      other:
        'Para proteger sua privacidade, vamos apagar suas respostas e recomeçar para o próximo paciente em {0} segundos.',
    },
    stillHere: 'Ainda estou aqui',
    done: 'Pronto',
    returning: {
      one: 'Esta tela volta ao início em {0} segundo.',
      many: 'Esta tela volta ao início em {0} de segundos.',
      other: 'Esta tela volta ao início em {0} segundos.',
    },
  },
  surveys: {
    'first-impression': {
      title: 'Sua primeira impressão',
      // The Friends and Family Test scale, shared by the overall question and the themes.
      options: {
        'very-good': 'Muito boa',
        good: 'Boa',
        neither: 'Nem boa nem ruim',
        poor: 'Ruim',
        'very-poor': 'Muito ruim',
        'dont-know': 'Não sei',
      },
      questions: {
        overall: {
          easyTitle: 'Como foi sua consulta hoje?',
          title: 'De modo geral, como foi sua experiência com o nosso serviço?',
        },
        greeting: { easyTitle: 'Como recebemos você?', title: 'Como foi a recepção quando você chegou?' },
        'front-desk': {
          easyTitle: 'A recepção foi gentil com você?',
          title: 'Como você avalia a gentileza e o respeito da nossa equipe de recepção?',
        },
        'waiting-area': {
          easyTitle: 'Como estava a sala de espera?',
          title: 'Como você avalia o conforto e a limpeza da sala de espera?',
        },
        wait: {
          easyTitle: 'Quanto tempo você esperou?',
          title: 'Quanto tempo você esperou pelo atendimento?',
          options: {
            shorter: 'Menos do que eu esperava',
            'as-expected': 'Mais ou menos o que eu esperava',
            'a-little-longer': 'Um pouco mais do que eu esperava',
            'much-longer': 'Muito mais do que eu esperava',
          },
        },
        listened: {
          easyTitle: 'Nós escutamos você?',
          title: 'Você sentiu que escutamos o que você tinha a dizer?',
          options: { yes: 'Sim, completamente', partly: 'Sim, em parte', no: 'Não' },
        },
        comments: {
          easyTitle: 'Quer nos contar mais alguma coisa?',
          easyHelp: 'Escreva o que foi bom ou ruim.',
          title: 'Há algo mais que gostaria de nos contar?',
          help: 'Qualquer coisa: o que foi bom ou o que podemos melhorar.',
        },
      },
    },
    'what-went-wrong': {
      title: 'Conte-nos o que deu errado',
      questions: {
        apology: {
          easyTitle: 'Sentimos muito. Agradecemos por nos contar.',
          title: 'Sentimos muito que algo não tenha corrido bem. Agradecemos por nos contar: queremos resolver isso.',
        },
        categories: {
          easyTitle: 'Qual foi o problema?',
          easyHelp: 'Pode escolher mais de uma opção.',
          title: 'Sobre o que foi?',
          help: 'Escolha todas as opções que se aplicam.',
          options: {
            'wait-time': 'Tempo de espera',
            'front-desk': 'Acolhimento e recepção',
            'phone-scheduling': 'Telefone e agendamento',
            billing: 'Cobrança e plano de saúde',
            communication: 'Comunicação',
            cleanliness: 'Limpeza e conforto',
            'clinical-care': 'Atendimento clínico',
            other: 'Outro assunto',
          },
        },
        details: {
          easyTitle: 'O que aconteceu?',
          easyHelp: 'Escreva com suas próprias palavras.',
          title: 'Com suas próprias palavras, o que aconteceu?',
          help: 'Conte o quanto quiser, muito ou pouco. Lemos todas as mensagens.',
        },
        remedy: {
          easyTitle: 'Como podemos resolver isso?',
          title: 'O que podemos fazer para resolver isso para você?',
        },
        contact: {
          easyTitle: 'Podemos falar com você?',
          easyHelp: 'Só sobre este assunto.',
          title: 'Como podemos falar com você?',
          help: 'Só usaremos isso para dar retorno sobre o que você nos contou.',
        },
      },
    },
  },
};
