/**
 * @module http/pages/i18n/fr
 * French; the permissions use the wording of the Zaptec help page (../shared/seeds/000_*).
 */
import type { PageMessages } from './en.js';

const fr: PageMessages = {
  lang: 'fr',
  productName: 'grantkit',
  login: {
    title: 'Connexion',
    heading: (platform) => `Connexion à ${platform}`,
    requestIntro: (requester) => `${requester} demande l’accès à l’une de vos installations. Connectez-vous pour examiner la demande d’accès.`,
    email: 'E-mail',
    password: 'Mot de passe',
    submit: 'Se connecter',
    invalidCredentials: 'L’e-mail ou le mot de passe est incorrect.',
    rateLimited: (seconds) => `Trop de tentatives. Réessayez dans ${seconds} secondes.`,
    missingFields: 'Saisissez votre e-mail et votre mot de passe.',
  },
  consent: {
    title: 'Demande d’accès',
    expiresAt: (time) => `Cette demande expire à ${time}.`,
    loggedInAs: (name) => `Connecté en tant que ${name}`,
    logout: 'Se déconnecter',
  },
  receipt: {
    title: 'Terminé',
    approved: (group, installation) => `Accès approuvé : ${group} peut désormais gérer ${installation}.`,
    denied: (group) => `Vous avez refusé la demande de ${group}.`,
    alreadyShared: (group) => `Vous êtes revenu à ${group} sans partager : il a déjà accès.`,
    cancelled: (group) => `Vous êtes revenu à ${group} sans rien partager.`,
    close: 'Vous pouvez fermer cette page.',
    answeredTitle: 'Vous avez déjà répondu à cette demande',
    alreadyApproved: (group, installation) => `Vous avez déjà partagé ${installation} avec ${group}.`,
    alreadyDenied: (group) => `Vous avez refusé la demande de ${group}. Rien n’a été partagé.`,
    expired: (group) => `La demande de ${group} a expiré avant d’avoir reçu une réponse. Rien n’a été partagé.`,
    startAgain: (group) => `Revenez à ${group} pour recommencer.`,
  },
  embedded: {
    returning: (group) => `Retour vers ${group}…`,
    waiting: 'Le bouton Approuver s’active lorsque la demande est restée entièrement visible un instant.',
    covered: 'Approbation suspendue : un élément de la page qui entoure cette demande la masque, la cache ou la modifie. Assurez-vous qu’elle est entièrement visible.',
    tooSmall: 'Cet espace est trop petit pour afficher la demande en toute sécurité. Ouvrez-la dans sa propre fenêtre.',
  },
  errors: {
    title: 'Ce lien ne peut pas être utilisé',
    unknownLookupKey: (key) => `Aucun partenaire n’a la clé de recherche « ${key} ». Vérifiez le lien ou demandez-en un nouveau au partenaire.`,
    badRequestIntro: 'Le lien qui vous a conduit ici n’est pas valide :',
    fields: {
      installation_id: 'L’installation indiquée dans le lien n’est pas un identifiant valide.',
      locale: 'La langue indiquée dans le lien n’est pas prise en charge (en, fr, de, pt ou nb).',
      return_url: 'L’URL de redirection du lien n’est pas enregistrée par ce partenaire.',
      partner_name: 'Le nom du partenaire dans le lien est trop long.',
      show_existing: 'La valeur show_existing du lien doit être true ou false.',
      state: 'La valeur state du lien est trop longue.',
      code_challenge: 'Le défi de sécurité (code_challenge) du lien n’est pas valide.',
      code_challenge_method: 'La méthode du défi de sécurité n’est pas prise en charge (S256 uniquement).',
      display: 'La valeur display du lien n’est pas prise en charge (page, popup ou embedded).',
      'display.not_embeddable': 'Ce partenaire n’a pas enregistré son site pour afficher cette demande dans sa propre page. Ouvrez le lien dans sa propre fenêtre.',
    },
    expired: 'Cette demande d’accès a expiré.',
    decided: 'Cette demande d’accès a déjà reçu une réponse.',
    notFound: 'Cette demande d’accès n’existe pas.',
    generic: 'Une erreur s’est produite. Veuillez réessayer.',
    askPartner: 'Demandez au partenaire de vous envoyer un nouveau lien.',
    pageNotFoundTitle: 'Page introuvable',
    pageNotFound: 'Il n’y a aucune page à cette adresse. Vérifiez le lien que vous avez suivi.',
    methodNotAllowedTitle: 'Cette page ne peut pas être utilisée ainsi',
    methodNotAllowed: 'Cette adresse n’accepte pas ce type de requête. Revenez en arrière et réessayez.',
    home: 'Aller à la page d’accueil',
  },
};

export default fr;
