/**
 * @module
 * German. The permissions and the scope note use the wording of the platform's German help
 * page (../shared/seeds/001_*).
 */
import { formatDate } from './format.js';
import type { AccessButtonStrings, CommonStrings, ConsentStrings, InstallationAccessStrings, Translation } from './en.js';

export const common: CommonStrings = {
  loading: 'Wird geladen…',
  retry: 'Erneut versuchen',
  cancel: 'Abbrechen',
  group: 'Gruppe',
  lookupKey: (key) => `Lookup-Schlüssel ${key}`,
  networkError: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  serverError: 'Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es gleich noch einmal.',
  sessionExpired: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.',
  date: (iso) => formatDate('de', iso),
};

export const accessButton: AccessButtonStrings = {
  label: 'Installation verbinden',
  labelFor: (partner) => `${partner} Zugriff gewähren`,
  opening: 'Wird geöffnet…',
  waiting: 'Wir warten auf Ihre Antwort im anderen Fenster…',
  approved: 'Zugriff genehmigt.',
  denied: 'Der Zugriff wurde verweigert.',
  cancelled: 'Das Fenster wurde vor einer Entscheidung geschlossen.',
  invalid: (detail) => `Diese Schaltfläche ist nicht richtig eingerichtet: ${detail}`,
  failed: 'Die Zugriffsanforderung konnte nicht gestartet werden. Bitte versuchen Sie es erneut.',
};

export const consent: ConsentStrings = {
  heading: (partner) => `${partner} bittet um Zugriff`,
  intro: (partner) => `${partner} möchte eine Ihrer Installationen in Ihrem Namen verwalten.`,
  introducedAs: (name) => `Vorgestellt als „${name}“`,
  logoAlt: (partner) => `Logo von ${partner}`,
  permissionsHeading: (partner) => `Nach der Genehmigung können alle Mitglieder von ${partner}:`,
  permissions: {
    'installation:read': 'Die Installations- und Ladehistorie einsehen',
    'installation:settings': 'Die Installationseinstellungen ändern',
    'chargers:control': 'Alle an die Anlage angeschlossenen Ladegeräte steuern und konfigurieren',
  },
  scopeNote:
    'Der Zugriff gilt für die gesamte Installation, nicht nur für einzelne Ladestationen. Der Zugriff kann jederzeit widerrufen werden.',
  pickerLegend: 'Freizugebende Installation',
  alreadyShared: 'Bereits freigegeben',
  approve: 'Genehmigen',
  deny: 'Verweigern',
  approvedRedirect: (partner) => `Zugriff genehmigt. Sie werden zu ${partner} zurückgeleitet…`,
  deniedRedirect: (partner) => `Anfrage verweigert. Sie werden zu ${partner} zurückgeleitet…`,
  chooseInstallation: 'Wählen Sie eine Installation, deren Eigentümer oder Administrator Sie sind.',
  expiredTitle: 'Diese Zugriffsanforderung ist abgelaufen',
  expiredBody: (partner) => `Bitten Sie ${partner ?? 'den Partner'}, Ihnen einen neuen Link zu senden.`,
  approved: 'Zugriff genehmigt.',
  denied: 'Anfrage verweigert.',
  notFoundTitle: 'Zugriffsanforderung nicht gefunden',
  notFoundBody: 'Der Link ist vielleicht unvollständig. Öffnen Sie den erhaltenen Link erneut oder fordern Sie einen neuen an.',
  decidedTitle: 'Diese Anfrage wurde bereits beantwortet',
  decidedBody: 'Hier ist nichts mehr zu tun. Den Zugriff verwalten Sie im Tab Berechtigungen der Installation.',
  networkTitle: 'Keine Verbindung',
  serverTitle: 'Etwas ist schiefgelaufen',
  noInstallationsTitle: 'Keine Installation zum Freigeben',
  noInstallationsBody: 'Keine Ihrer Installationen kann mit diesem Partner geteilt werden: Genehmigen ist nicht möglich. Verweigern Sie oder melden Sie sich mit einem anderen Konto an.',
};

export const installationAccess: InstallationAccessStrings = {
  heading: 'Wer hat Zugriff',
  empty: 'Niemand sonst hat Zugriff auf diese Installation.',
  since: (date) => `Seit ${date}`,
  grantedBy: (name) => `Gewährt von ${name}`,
  roles: { owner: 'Eigentümer', admin: 'Administrator', group: 'Gruppe', member: 'Benutzer' },
  revoke: 'Widerrufen',
  revokeLabel: (name) => `Zugriff für ${name} widerrufen`,
  confirmQuestion: (name) => `Zugriff für ${name} widerrufen?`,
  confirmGroupNote: 'Alle Mitglieder und Dienstkonten der Gruppe verlieren den Zugriff sofort.',
  confirmRevoke: 'Zugriff widerrufen',
  revoking: 'Wird widerrufen…',
  revoked: (name) => `Der Zugriff für ${name} wurde widerrufen.`,
  revokeFailed: (name) => `Der Zugriff für ${name} konnte nicht widerrufen werden.`,
  notFound: 'Diese Installation wurde nicht gefunden, oder Sie dürfen nicht sehen, wer Zugriff hat.',
  missingId: 'Keine Installation angegeben (Attribut installation-id).',
};

const de: Translation = { locale: 'de', common, accessButton, consent, installationAccess };

export default de;
