import type { Translation } from './translation.js';

/**
 * French (vous throughout; wording that does not depend on the patient's gender — "on vous écoutait", "l'accueil",
 * not "accueilli·e"). Unofficial: no published translation was found for these words, the Friends and Family Test
 * question included, so a practice should have a native speaker review the whole file before patients see it.
 */
export const fr: Translation = {
  lang: 'fr',
  source: 'unofficial — please review',
  ui: {
    next: 'Suivant',
    back: 'Retour',
    submit: 'Envoyer',
    sending: 'Envoi de vos réponses…',
    loading: 'Chargement…',
    progress: 'Étape {0} sur {1}',
    optional: '(facultatif)',
    chooseAny: 'Choisissez toutes les réponses qui conviennent.',
    yes: 'Oui',
    no: 'Non',
    counter: '{0} sur {1} caractères',

    summary: 'Merci de vérifier :',
    required: 'Merci de répondre à cette question.',
    'too-long': 'Merci de raccourcir ce texte à {0} caractères maximum.',
    'not-an-option': 'Merci de choisir l’une des réponses proposées.',
    'invalid-email': 'Merci de vérifier l’adresse e-mail.',
    'invalid-phone': 'Merci de vérifier le numéro de téléphone.',
    'missing-contact-value': 'Merci d’indiquer comment nous pouvons vous joindre.',
    'consent-needed':
      'Cochez « Vous pouvez me contacter au sujet de cet avis » pour que nous puissions vous contacter, ou choisissez « Merci de ne pas me contacter ».',

    phone: 'Appel téléphonique',
    text: 'SMS',
    email: 'E-mail',
    none: 'Merci de ne pas me contacter',
    phoneValue: 'Votre numéro de téléphone',
    textValue: 'Votre numéro de portable',
    emailValue: 'Votre adresse e-mail',
    consent: 'Vous pouvez me contacter au sujet de cet avis',
    noConsent: 'Nous ne vous contacterons pas.',
    bestTime: 'Le meilleur moment pour vous joindre',

    thanks: 'Merci pour votre avis',
    thanksText: 'Vos réponses aident {0} à bien prendre soin de chaque patient.',
    us: 'notre équipe',
    ask: 'Pourriez-vous nous dire ce qui s’est mal passé ?',
    askWhy: 'Nous en sommes désolés. Quelques mots nous aident à y remédier.',
    accept: 'Nous dire ce qui s’est mal passé',
    decline: 'Non merci',
    thanksRecovery: 'Merci de nous en avoir parlé',
    thanksRecoveryText: 'Nous avons bien reçu votre avis et nous le prenons au sérieux.',
    reference: 'Votre référence',
    referenceHint: 'Indiquez-la si vous nous contactez.',
    emergency: 'En cas d’urgence médicale, appelez le 911 ou le numéro d’urgence local.',

    notSaved: 'Désolés, vos réponses n’ont pas pu être envoyées ni conservées sur cet appareil.',
    notSavedHint: 'Vérifiez la connexion et réessayez.',
    tryAgain: 'Réessayer',

    unavailable: 'Désolés, ce formulaire ne fonctionne pas pour le moment.',

    readAloud: 'Lire ce texte à voix haute',

    stopReading: 'Arrêter la lecture',
  },
  kiosk: {
    welcome: 'Nous aimerions connaître votre avis sur votre visite d’aujourd’hui.',
    tapToStart: 'Touchez l’écran pour commencer',
    chooseLanguage: 'Langue',
    stillThereTitle: 'Êtes-vous toujours là ?',
    stillThereBody: {
      one: 'Pour protéger la confidentialité de vos réponses, nous les effacerons et recommencerons pour le patient suivant dans {0} seconde.',
      many: 'Pour protéger la confidentialité de vos réponses, nous les effacerons et recommencerons pour le patient suivant dans {0} de secondes.',
      other:
        'Pour protéger la confidentialité de vos réponses, nous les effacerons et recommencerons pour le patient suivant dans {0} secondes.',
    },
    stillHere: 'Je suis toujours là',
    done: 'Terminé',
    returning: {
      one: 'Cet écran revient au début dans {0} seconde.',
      many: 'Cet écran revient au début dans {0} de secondes.',
      other: 'Cet écran revient au début dans {0} secondes.',
    },
  },
  surveys: {
    'first-impression': {
      title: 'Votre première impression',
      // The Friends and Family Test scale, shared by the overall question and the themes (adverbs, so they fit every
      // "Comment… ?" question whatever its noun's gender).
      options: {
        'very-good': 'Très bien',
        good: 'Bien',
        neither: 'Ni bien ni mal',
        poor: 'Mal',
        'very-poor': 'Très mal',
        'dont-know': 'Je ne sais pas',
      },
      questions: {
        overall: {
          easyTitle: 'Comment s’est passée votre visite aujourd’hui ?',
          title: 'Dans l’ensemble, comment s’est passée votre expérience de notre service ?',
        },
        greeting: { easyTitle: 'Comment était l’accueil ?', title: 'Comment s’est passé l’accueil à votre arrivée ?' },
        'front-desk': {
          easyTitle: 'L’équipe d’accueil était-elle aimable ?',
          title: 'Comment jugez-vous la courtoisie et le respect de notre équipe d’accueil ?',
        },
        'waiting-area': {
          easyTitle: 'Comment était la salle d’attente ?',
          title: 'Comment jugez-vous le confort et la propreté de la salle d’attente ?',
        },
        wait: {
          easyTitle: 'Combien de temps avez-vous attendu ?',
          title: 'Combien de temps a duré votre attente avant la consultation ?',
          options: {
            shorter: 'Moins longtemps que prévu',
            'as-expected': 'À peu près comme prévu',
            'a-little-longer': 'Un peu plus longtemps que prévu',
            'much-longer': 'Beaucoup plus longtemps que prévu',
          },
        },
        listened: {
          easyTitle: 'Est-ce qu’on vous écoutait ?',
          title: 'Avez-vous eu le sentiment qu’on vous écoutait ?',
          options: { yes: 'Oui, tout à fait', partly: 'Oui, en partie', no: 'Non' },
        },
        comments: {
          easyTitle: 'Voulez-vous nous dire autre chose ?',
          easyHelp: 'Écrivez ce qui était bien ou mal.',
          title: 'Souhaitez-vous nous dire autre chose ?',
          help: 'Tout ce que vous voulez : ce qui s’est bien passé, ou ce que nous pourrions améliorer.',
        },
      },
    },
    'what-went-wrong': {
      title: 'Dites-nous ce qui s’est mal passé',
      questions: {
        apology: {
          easyTitle: 'Nous sommes désolés. Merci de nous le dire.',
          title:
            'Nous sommes désolés que quelque chose ne se soit pas bien passé. Merci de nous le dire : nous voulons y remédier.',
        },
        categories: {
          easyTitle: 'Quel était le problème ?',
          easyHelp: 'Vous pouvez en choisir plusieurs.',
          title: 'De quoi s’agissait-il ?',
          help: 'Choisissez toutes les réponses qui conviennent.',
          options: {
            'wait-time': 'Temps d’attente',
            'front-desk': 'Accueil et secrétariat',
            'phone-scheduling': 'Téléphone et prise de rendez-vous',
            billing: 'Facturation et assurance',
            communication: 'Communication',
            cleanliness: 'Propreté et confort',
            'clinical-care': 'Soins médicaux',
            other: 'Autre chose',
          },
        },
        details: {
          easyTitle: 'Que s’est-il passé ?',
          easyHelp: 'Écrivez-le avec vos propres mots.',
          title: 'Avec vos propres mots, que s’est-il passé ?',
          help: 'Dites-nous-en autant ou aussi peu que vous le souhaitez. Nous lisons chaque message.',
        },
        remedy: {
          easyTitle: 'Comment pouvons-nous arranger les choses ?',
          title: 'Qu’est-ce qui permettrait d’arranger les choses pour vous ?',
        },
        contact: {
          easyTitle: 'Pouvons-nous vous contacter ?',
          easyHelp: 'Seulement à ce sujet.',
          title: 'Comment pouvons-nous vous joindre ?',
          help: 'Nous l’utiliserons uniquement pour donner suite à ce que vous nous avez dit.',
        },
      },
    },
  },
};
