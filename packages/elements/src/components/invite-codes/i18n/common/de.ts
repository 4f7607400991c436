/**
 * @module
 * German strings shared by the invitation elements.
 */
import { formatDate } from '../../../../i18n/format.js';
import type { InvitationStrings } from '../strings.js';
import { plural } from '../../../../i18n/plural.js';

/** The sections every invitation element reads. */
export type CommonStrings = Pick<InvitationStrings, 'date' | 'roles' | 'status' | 'mode' | 'errors' | 'copy'>;

const common: CommonStrings = {
  date: (iso) => formatDate('de', iso),
  roles: {
    adminHeading: 'Administratorrolle',
    userHeading: 'Benutzerrollen',
    adminHint: 'Eine Administratorrolle erlaubt es, weitere Benutzer zu berechtigen.',
    userHint: 'Eine Benutzerrolle erlaubt es, die angebotenen Dienste zu nutzen.',
    exclusiveNote: '* Kann nicht mit einer anderen Rolle kombiniert werden.',
    exclusiveBlocked: 'Nicht verfügbar: Eine exklusive Rolle (*) steht allein.',
    required: 'Wählen Sie mindestens eine Rolle.',
  },
  status: { valid: 'Gültig', used: 'Verwendet', deactivated: 'Deaktiviert', expired: 'Abgelaufen' },
  mode: { group: 'Ein Dienst', partner: 'Geschäftspartner' },
  errors: {
    code_malformed: 'Das ist kein Einladungscode. Prüfen Sie, ob Sie ihn vollständig kopiert haben.',
    code_unknown: 'Diesen Einladungscode gibt es nicht. Prüfen Sie ihn auf Tippfehler.',
    code_already_used: 'Dieser Einladungscode wurde bereits verwendet. Jeder Code gilt nur einmal; fordern Sie einen neuen an.',
    code_deactivated: 'Dieser Einladungscode wurde von einem Administrator deaktiviert. Fordern Sie einen neuen an.',
    code_expired: 'Dieser Einladungscode ist abgelaufen. Fordern Sie einen neuen an.',
    roles_conflict: 'Die Rollen dieses Codes lassen sich nicht mit Ihren bisherigen Rollen kombinieren. Bitten Sie zuerst einen Administrator, Ihre Rollen zu ändern.',
    last_admin: 'Eine Gruppe braucht mindestens einen Administrator: Geben Sie zuerst einem anderen Mitglied eine Administratorrolle.',
    not_group_admin: 'Nur ein Administrator dieser Gruppe darf das.',
    not_found: 'Nicht gefunden, oder Sie haben keinen Zugriff darauf.',
    unauthenticated: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.',
    validation: 'Einige Angaben sind ungültig. Prüfen Sie das Formular.',
    rate_limited: (s) => (s ? `Zu viele Versuche. Versuchen Sie es in ${s} Sekunden erneut.` : 'Zu viele Versuche. Versuchen Sie es später erneut.'),
    network: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    server: 'Bei uns ist etwas schiefgegangen. Bitte versuchen Sie es gleich noch einmal.',
  },
  copy: {
    code: 'Code kopieren',
    codeLabel: (code) => `Code ${code} kopieren`,
    all: 'Alle Codes kopieren',
    copied: 'In die Zwischenablage kopiert.',
    allCopied: (n) => `${n} Codes in die Zwischenablage kopiert.`,
    failed: 'Kopieren nicht möglich. Markieren Sie den Code und kopieren Sie ihn selbst.',
    text: (group, key, date, codes) => [`${plural('de', codes.length, { one: 'Einladungscode', other: 'Einladungscodes' })} für ${group} (${key})`, `Gültig bis: ${date}`, '', ...codes].join('\n'),
  },
};

export default common;
