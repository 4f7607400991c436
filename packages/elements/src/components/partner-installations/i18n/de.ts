/**
 * @module
 * German strings of `<gk-partner-installations>`.
 */
import type { PartnerInstallationStrings } from './en.js';

const de: PartnerInstallationStrings = {
  heading: 'Verknüpfte Installationen',
  title: (p) => `Mit ${p} verknüpfte Installationen`,
  intro: (p) => `Die Mitglieder und Dienstkonten von ${p} dürfen die hier verknüpften Installationen ansehen und verwalten, bis Sie die Verknüpfung aufheben.`,
  installation: 'Installation',
  choose: 'Installation auswählen',
  link: 'Installation verknüpfen',
  linking: 'Wird verknüpft…',
  allLinked: 'Alle Installationen, die Sie besitzen oder verwalten, sind bereits verknüpft.',
  noInstallations: 'Sie besitzen oder verwalten keine Installation, die Sie verknüpfen könnten.',
  deactivated: (p) => `${p} ist deaktiviert: Es kann keine Installation verknüpft werden.`,
  linked: (i, p) => `${i} ist jetzt mit ${p} verknüpft.`,
  listTitle: 'Verknüpfte Installationen',
  col: { installation: 'Installation', since: 'Verknüpft seit', by: 'Verknüpft von', actions: 'Aktionen' },
  empty: (p) => `Mit ${p} ist noch keine Installation verknüpft.`,
  unknown: 'Unbekannt',
  unlink: 'Verknüpfung aufheben',
  unlinkLabel: (i) => `Verknüpfung aufheben: ${i}`,
  confirm: (i, p) => `Verknüpfung mit ${i} aufheben? ${p} verliert sofort den Zugriff, für alle Mitglieder und Tokens.`,
  unlinking: 'Wird aufgehoben…',
  cancel: 'Abbrechen',
  unlinked: (i) => `${i} ist nicht mehr verknüpft.`,
  notManaged: 'Vom Eigentümer freigegeben',
  loading: 'Wird geladen…',
  retry: 'Erneut versuchen',
  missingPartner: 'Kein Partner angegeben (Attribut partner-id).',
  errors: {
    required: 'Wählen Sie eine Installation zum Verknüpfen aus.',
    installation_gone: 'Diese Installation gibt es nicht mehr, oder Sie verwalten sie nicht mehr. Die Liste ist jetzt aktuell.',
    grant_gone: 'Diese Verknüpfung war bereits aufgehoben. Die Liste ist jetzt aktuell.',
    partner_deactivated: 'Dieser Partner wurde deaktiviert; es kann nichts mehr geändert werden.',
    forbidden: 'Sie dürfen die Installationen dieses Partners nicht ändern.',
    not_found: 'Diesen Partner gibt es nicht, oder Sie sind kein Kontoinhaber seiner Organisation.',
    unauthenticated: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.',
    network: 'Der Server ist nicht erreichbar. Versuchen Sie es erneut.',
    server: 'Etwas ist schiefgelaufen. Versuchen Sie es erneut.',
  },
};

export default de;
