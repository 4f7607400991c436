/**
 * @module
 * Norwegian (Bokmål) strings of `<gk-partner-invitations>`.
 */
import type { PartnerInvitationStrings } from './en.js';

const nb: PartnerInvitationStrings = {
  heading: 'Inviter medlemmer',
  title: (p) => `Inviter medlemmer av ${p}`,
  intro: 'Inviter personer på e-post. Hver invitasjonslenke virker én gang.',
  domains: (d) => `Bare adresser på ${d} kan inviteres.`,
  email: 'E-post',
  role: 'Rolle',
  admin: 'Admin',
  member: 'Medlem',
  hint: { admin: 'inviterer andre og bruker produktene', member: 'bruker produktene' },
  send: 'Send invitasjon',
  sending: 'Sender…',
  sent: (e, x) => `Invitasjon sendt til ${e} — lenken utløper ${x}.`,
  listTitle: 'Sendte invitasjoner',
  col: { email: 'E-post', role: 'Rolle', status: 'Status', sent: 'Sendt', expires: 'Utløper' },
  status: { pending: 'Venter', used: 'Godtatt', expired: 'Utløpt', revoked: 'Trukket tilbake' },
  empty: 'Ingen invitasjoner sendt ennå.',
  loading: 'Laster…',
  retry: 'Prøv igjen',
  missingPartner: 'Ingen partner oppgitt (attributtet partner-id).',
  errors: {
    required: 'Skriv en e-postadresse.',
    invalid_email: 'Skriv en gyldig e-postadresse, for eksempel navn@partner.no.',
    domain: (d) => `Invitasjoner kan bare sendes til adresser på ${d}.`,
    not_group_admin: 'Bare partnerens administratorer kan invitere medlemmer.',
    not_found: 'Denne partneren finnes ikke, eller du er ikke en av administratorene.',
    unauthenticated: 'Økten er avsluttet. Logg inn på nytt.',
    network: 'Fikk ikke kontakt med serveren. Prøv igjen.',
    server: 'Noe gikk galt. Prøv igjen.',
  },
};

export default nb;
