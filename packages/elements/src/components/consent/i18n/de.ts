/**
 * @module
 * German copy of the consent card: `<gk-consent>` loads it lazily, and the server's
 * no-JavaScript consent page reads it through `@grantkit/elements/consent-strings`.
 */
import type { ConsentStrings } from './en.js';

const consent: ConsentStrings = {
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
  held: 'Bereits erlaubt:',
  added: 'Zusätzlich angefragt:',
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
  expiredBack: (partner) => `Es wurde nichts freigegeben. Kehren Sie zu ${partner} zurück, um neu zu beginnen.`,
  approved: 'Zugriff genehmigt.',
  denied: 'Anfrage verweigert.',
  notFoundTitle: 'Zugriffsanforderung nicht gefunden',
  notFoundBody: 'Der Link ist vielleicht unvollständig. Öffnen Sie den erhaltenen Link erneut oder fordern Sie einen neuen an.',
  decidedTitle: 'Diese Anfrage wurde bereits beantwortet',
  decidedBody: 'Hier ist nichts mehr zu tun. Den Zugriff verwalten Sie im Tab Berechtigungen der Installation.',
  networkTitle: 'Keine Verbindung',
  serverTitle: 'Etwas ist schiefgelaufen',
  noInstallationsTitle: 'Keine Installation zum Freigeben',
  noInstallationsBody: 'Sie sind weder Eigentümer noch Administrator einer Installation, die geteilt werden könnte. Kehren Sie zum Partner zurück oder melden Sie sich mit einem anderen Konto an.',
  allSharedTitle: (partner) => `${partner} hat bereits Zugriff auf alle Ihre Installationen`,
  preselectedSharedTitle: (partner, installation) => `${partner} hat bereits Zugriff auf ${installation}`,
  alreadySharedBody: 'Es gibt nichts weiter freizugeben. Den Zugriff verwalten Sie in den Berechtigungen Ihrer Installationen.',
  preselectedUnknownTitle: 'Die Installation im Link gehört nicht zu Ihren',
  preselectedUnknownBody: 'Sie existiert nicht, oder Sie sind weder Eigentümer noch Administrator. Wählen Sie unten eine Ihrer Installationen oder kehren Sie zum Partner zurück.',
  backTo: (partner) => `Zurück zu ${partner}`,
  searchLabel: 'Ihre Installationen nach Name oder Adresse durchsuchen',
  search: 'Suchen',
  showMore: 'Mehr anzeigen',
  shown: (count) => (count === 1 ? '1 Installation angezeigt' : `${count} Installationen angezeigt`),
  noMatches: (query) => `Keine Installation passt zu „${query}“.`,
  cancelledRedirect: (partner) => `Sie werden zu ${partner} zurückgebracht…`,
  cancelled: 'Anforderung ohne Freigabe geschlossen.',
};

export default consent;
