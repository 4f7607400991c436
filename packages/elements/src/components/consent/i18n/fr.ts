/**
 * @module
 * French copy of the consent card: `<gk-consent>` loads it lazily, and the server's
 * no-JavaScript consent page reads it through `@grantkit/elements/consent-strings`.
 */
import type { ConsentStrings } from './en.js';

const consent: ConsentStrings = {
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
  held: 'Déjà autorisé :',
  added: 'Demandé en plus :',
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
  expiredBack: (partner) => `Rien n’a été partagé. Revenez à ${partner} pour recommencer.`,
  approved: 'Accès approuvé.',
  denied: 'Demande refusée.',
  notFoundTitle: 'Demande d’accès introuvable',
  notFoundBody: 'Le lien est peut-être incomplet. Rouvrez le lien reçu ou demandez-en un nouveau.',
  decidedTitle: 'Cette demande a déjà reçu une réponse',
  decidedBody: 'Il n’y a plus rien à faire ici. Vous pouvez gérer l’accès depuis l’onglet Permissions de l’installation.',
  networkTitle: 'Pas de connexion',
  serverTitle: 'Une erreur s’est produite',
  noInstallationsTitle: 'Aucune installation à partager',
  noInstallationsBody: 'Vous n’êtes propriétaire ou administrateur d’aucune installation pouvant être partagée. Revenez au partenaire, ou connectez-vous avec un autre compte.',
  allSharedTitle: (partner) => `${partner} a déjà accès à toutes vos installations`,
  preselectedSharedTitle: (partner, installation) => `${partner} a déjà accès à ${installation}`,
  alreadySharedBody: 'Rien de plus à partager. Vous pouvez gérer les accès depuis les autorisations de vos installations.',
  preselectedUnknownTitle: 'L’installation du lien n’est pas l’une des vôtres',
  preselectedUnknownBody: 'Elle n’existe pas, ou vous n’en êtes ni propriétaire ni administrateur. Choisissez l’une des vôtres ci-dessous, ou revenez au partenaire.',
  backTo: (partner) => `Revenir à ${partner}`,
  searchLabel: 'Rechercher vos installations par nom ou adresse',
  search: 'Rechercher',
  showMore: 'Afficher plus',
  shown: (count) => (count <= 1 ? `${count} installation affichée` : `${count} installations affichées`),
  noMatches: (query) => `Aucune installation ne correspond à « ${query} ».`,
  cancelledRedirect: (partner) => `Retour vers ${partner}…`,
  cancelled: 'Demande fermée sans partage.',
};

export default consent;
