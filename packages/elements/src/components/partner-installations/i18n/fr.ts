/**
 * @module
 * French strings of `<gk-partner-installations>`.
 */
import type { PartnerInstallationStrings } from './en.js';

const fr: PartnerInstallationStrings = {
  heading: 'Installations liées',
  title: (p) => `Installations liées à ${p}`,
  intro: (p) => `Les membres et comptes de service de ${p} peuvent consulter et gérer les installations liées ici, jusqu’à ce que vous les déliiez.`,
  installation: 'Installation',
  choose: 'Choisissez une installation',
  link: 'Lier l’installation',
  linking: 'Liaison…',
  allLinked: 'Toutes les installations dont vous êtes propriétaire ou administrateur sont déjà liées.',
  noInstallations: 'Vous n’êtes propriétaire ou administrateur d’aucune installation à lier.',
  deactivated: (p) => `${p} est désactivé : aucune installation ne peut être liée.`,
  linked: (i, p) => `${i} est maintenant liée à ${p}.`,
  listTitle: 'Installations liées',
  col: { installation: 'Installation', since: 'Liée depuis', by: 'Liée par', actions: 'Actions' },
  empty: (p) => `Aucune installation n’est encore liée à ${p}.`,
  unknown: 'Inconnu',
  unlink: 'Délier',
  unlinkLabel: (i) => `Délier ${i}`,
  confirm: (i, p) => `Délier ${i} ? ${p} en perd l’accès immédiatement, pour tous ses membres et jetons.`,
  unlinking: 'Déliaison…',
  cancel: 'Annuler',
  unlinked: (i) => `${i} n’est plus liée.`,
  notManaged: 'Partagée par son propriétaire',
  loading: 'Chargement…',
  retry: 'Réessayer',
  missingPartner: 'Aucun partenaire indiqué (attribut partner-id).',
  errors: {
    required: 'Choisissez une installation à lier.',
    installation_gone: 'Cette installation n’existe plus ou vous ne la gérez plus. La liste est à jour.',
    grant_gone: 'Cette installation était déjà déliée. La liste est à jour.',
    partner_deactivated: 'Ce partenaire a été désactivé ; plus rien ne peut être modifié.',
    forbidden: 'Vous n’êtes pas autorisé à modifier les installations de ce partenaire.',
    not_found: 'Ce partenaire n’existe pas, ou vous n’êtes pas titulaire du compte de son organisation.',
    unauthenticated: 'Votre session est terminée. Reconnectez-vous pour continuer.',
    network: 'Le serveur est injoignable. Réessayez.',
    server: 'Une erreur s’est produite. Réessayez.',
  },
};

export default fr;
