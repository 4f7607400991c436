/**
 * @module
 * German copy of the consent card: `<gk-consent>` loads it lazily, and the server's
 * no-JavaScript consent page reads it through `@grantkit/elements/consent-strings`.
 */
import common from '../../../i18n/common/de.js';
import type { ConsentStrings } from './en.js';

const consent: ConsentStrings = {
  lookupKey: common.lookupKey,
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

export default consent;
