/**
 * @module
 * French. The permissions and the scope note use the wording of the platform's French help
 * page (../shared/seeds/000_*).
 */
import { formatDate } from './format.js';
import type { AccessButtonStrings, CommonStrings, ConsentStrings, InstallationAccessStrings, Translation } from './en.js';

export const common: CommonStrings = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  cancel: 'Annuler',
  group: 'Groupe',
  lookupKey: (key) => `Clé de recherche ${key}`,
  networkError: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
  serverError: 'Une erreur s’est produite de notre côté. Veuillez réessayer dans un instant.',
  sessionExpired: 'Votre session a pris fin. Reconnectez-vous pour continuer.',
  date: (iso) => formatDate('fr', iso),
};

export const accessButton: AccessButtonStrings = {
  label: 'Connecter votre installation',
  labelFor: (partner) => `Donner l’accès à ${partner}`,
  opening: 'Ouverture…',
  waiting: 'En attente de votre réponse dans l’autre fenêtre…',
  approved: 'Accès approuvé.',
  denied: 'L’accès a été refusé.',
  cancelled: 'La fenêtre a été fermée avant une décision.',
  invalid: (detail) => `Ce bouton n’est pas configuré correctement : ${detail}`,
  failed: 'Impossible de lancer la demande d’accès. Veuillez réessayer.',
};

export const consent: ConsentStrings = {
  heading: (partner) => `${partner} demande l’accès`,
  intro: (partner) => `${partner} souhaite gérer l’une de vos installations en votre nom.`,
  introducedAs: (name) => `Présenté comme « ${name} »`,
  logoAlt: (partner) => `Logo de ${partner}`,
  permissionsHeading: (partner) => `Après approbation, tous les membres de ${partner} pourront :`,
  permissions: {
    'installation:read': 'Voir l’historique des installations et des chargements',
    'installation:settings': 'Modifier les paramètres d’installation',
    'chargers:control': 'Contrôler et configurer tous les chargeurs connectés au site',
  },
  scopeNote:
    'L’accès s’applique à l’ensemble de l’installation, et non pas seulement aux stations de charge individuelles. L’accès peut être révoqué à tout moment.',
  pickerLegend: 'Installation à partager',
  alreadyShared: 'Déjà partagée',
  approve: 'Approuver',
  deny: 'Refuser',
  approvedRedirect: (partner) => `Accès approuvé. Retour vers ${partner}…`,
  deniedRedirect: (partner) => `Demande refusée. Retour vers ${partner}…`,
  chooseInstallation: 'Choisissez une installation dont vous êtes propriétaire ou administrateur.',
  expiredTitle: 'Cette demande d’accès a expiré',
  expiredBody: (partner) => `Demandez ${partner ? `à ${partner}` : 'au partenaire'} de vous envoyer un nouveau lien.`,
  approved: 'Accès approuvé.',
  denied: 'Demande refusée.',
  notFoundTitle: 'Demande d’accès introuvable',
  notFoundBody: 'Le lien est peut-être incomplet. Rouvrez le lien reçu ou demandez-en un nouveau.',
  decidedTitle: 'Cette demande a déjà reçu une réponse',
  decidedBody: 'Il n’y a plus rien à faire ici. Vous pouvez gérer l’accès depuis l’onglet Permissions de l’installation.',
  networkTitle: 'Pas de connexion',
  serverTitle: 'Une erreur s’est produite',
  noInstallationsTitle: 'Aucune installation à partager',
  noInstallationsBody: 'Aucune de vos installations ne peut être partagée avec ce partenaire : vous ne pouvez pas approuver. Refusez la demande, ou connectez-vous avec un autre compte.',
};

export const installationAccess: InstallationAccessStrings = {
  heading: 'Qui a accès',
  empty: 'Personne d’autre n’a accès à cette installation.',
  since: (date) => `Depuis le ${date}`,
  grantedBy: (name) => `Accordé par ${name}`,
  roles: { owner: 'Propriétaire', admin: 'Administrateur', group: 'Groupe', member: 'Utilisateur' },
  revoke: 'Révoquer',
  revokeLabel: (name) => `Révoquer l’accès de ${name}`,
  confirmQuestion: (name) => `Révoquer l’accès de ${name} ?`,
  confirmGroupNote: 'Tous les membres et comptes de service du groupe perdent l’accès immédiatement.',
  confirmRevoke: 'Révoquer l’accès',
  revoking: 'Révocation…',
  revoked: (name) => `L’accès de ${name} a été révoqué.`,
  revokeFailed: (name) => `Impossible de révoquer l’accès de ${name}.`,
  notFound: 'Cette installation est introuvable, ou vous ne pouvez pas voir qui y a accès.',
  missingId: 'Aucune installation indiquée (attribut installation-id).',
};

const fr: Translation = { locale: 'fr', common, accessButton, consent, installationAccess };

export default fr;
