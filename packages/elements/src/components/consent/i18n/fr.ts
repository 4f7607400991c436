/**
 * @module
 * French copy of the consent card: `<gk-consent>` loads it lazily, and the server's
 * no-JavaScript consent page reads it through `@grantkit/elements/consent-strings`.
 */
import common from '../../../i18n/common/fr.js';
import type { ConsentStrings } from './en.js';

const consent: ConsentStrings = {
  lookupKey: common.lookupKey,
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

export default consent;
