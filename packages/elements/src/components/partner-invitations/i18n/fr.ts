/**
 * @module
 * French strings of `<gk-partner-invitations>`.
 */
import type { PartnerInvitationStrings } from './en.js';

const fr: PartnerInvitationStrings = {
  heading: 'Inviter des membres',
  title: (p) => `Inviter des membres de ${p}`,
  intro: 'Invitez des personnes par e-mail. Chaque lien d’invitation ne sert qu’une fois.',
  domains: (d) => `Seules les adresses ${d} peuvent être invitées.`,
  email: 'E-mail',
  role: 'Rôle',
  admin: 'Admin',
  member: 'Membre',
  hint: { admin: 'invite d’autres membres et utilise les produits', member: 'utilise les produits' },
  send: 'Envoyer l’invitation',
  sending: 'Envoi…',
  sent: (e, x) => `Invitation envoyée à ${e} — le lien expire le ${x}.`,
  listTitle: 'Invitations envoyées',
  col: { email: 'E-mail', role: 'Rôle', status: 'Statut', sent: 'Envoyée le', expires: 'Expire le' },
  status: { pending: 'En attente', used: 'Acceptée', expired: 'Expirée', revoked: 'Révoquée' },
  empty: 'Aucune invitation envoyée pour l’instant.',
  loading: 'Chargement…',
  retry: 'Réessayer',
  missingPartner: 'Aucun partenaire indiqué (attribut partner-id).',
  errors: {
    required: 'Saisissez une adresse e-mail.',
    invalid_email: 'Saisissez une adresse e-mail valide, par exemple nom@partenaire.com.',
    domain: (d) => `Les invitations ne peuvent être envoyées qu’aux adresses ${d}.`,
    not_group_admin: 'Seuls les admins du partenaire peuvent inviter des membres.',
    not_found: 'Ce partenaire n’existe pas, ou vous n’êtes pas l’un de ses admins.',
    unauthenticated: 'Votre session est terminée. Reconnectez-vous pour continuer.',
    network: 'Le serveur est injoignable. Réessayez.',
    server: 'Une erreur s’est produite. Réessayez.',
  },
};

export default fr;
