/**
 * @module
 * German strings of `<gk-partner-invitations>`.
 */
import type { PartnerInvitationStrings } from './en.js';

const de: PartnerInvitationStrings = {
  heading: 'Mitglieder einladen',
  title: (p) => `Mitglieder von ${p} einladen`,
  intro: 'Laden Sie Personen per E-Mail ein. Jeder Einladungslink funktioniert einmal.',
  domains: (d) => `Nur Adressen unter ${d} können eingeladen werden.`,
  email: 'E-Mail',
  role: 'Rolle',
  admin: 'Admin',
  member: 'Mitglied',
  hint: { admin: 'lädt weitere Mitglieder ein und nutzt die Produkte', member: 'nutzt die Produkte' },
  send: 'Einladung senden',
  sending: 'Wird gesendet…',
  sent: (e, x) => `Einladung an ${e} gesendet — der Link läuft am ${x} ab.`,
  listTitle: 'Gesendete Einladungen',
  col: { email: 'E-Mail', role: 'Rolle', status: 'Status', sent: 'Gesendet', expires: 'Läuft ab' },
  status: { pending: 'Ausstehend', used: 'Angenommen', expired: 'Abgelaufen', revoked: 'Widerrufen' },
  empty: 'Noch keine Einladungen gesendet.',
  loading: 'Wird geladen…',
  retry: 'Erneut versuchen',
  missingPartner: 'Kein Partner angegeben (Attribut partner-id).',
  errors: {
    required: 'Geben Sie eine E-Mail-Adresse ein.',
    invalid_email: 'Geben Sie eine gültige E-Mail-Adresse ein, etwa name@partner.de.',
    domain: (d) => `Einladungen können nur an Adressen unter ${d} gehen.`,
    not_group_admin: 'Nur die Admins des Partners können Mitglieder einladen.',
    not_found: 'Diesen Partner gibt es nicht, oder Sie sind keiner seiner Admins.',
    unauthenticated: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.',
    network: 'Der Server ist nicht erreichbar. Versuchen Sie es erneut.',
    server: 'Etwas ist schiefgelaufen. Versuchen Sie es erneut.',
  },
};

export default de;
