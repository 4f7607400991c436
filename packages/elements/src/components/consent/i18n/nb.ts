/**
 * @module
 * Norwegian (Bokmål) copy of the consent card: `<gk-consent>` loads it lazily, and the server's
 * no-JavaScript consent page reads it through `@grantkit/elements/consent-strings`.
 */
import common from '../../../i18n/common/nb.js';
import type { ConsentStrings } from './en.js';

const consent: ConsentStrings = {
  lookupKey: common.lookupKey,
  heading: (partner) => `${partner} ber om tilgang`,
  intro: (partner) => `${partner} ønsker å administrere et av anleggene dine på dine vegne.`,
  introducedAs: (name) => `Presentert som «${name}»`,
  logoAlt: (partner) => `Logoen til ${partner}`,
  permissionsHeading: (partner) => `Hvis du godkjenner, kan alle medlemmer av ${partner}:`,
  permissions: {
    'installation:read': 'Se anlegget og ladehistorikken',
    'installation:settings': 'Endre innstillingene for anlegget',
    'chargers:control': 'Styre og konfigurere alle ladere som er koblet til anlegget',
  },
  scopeNote: 'Tilgangen gjelder hele anlegget, ikke bare enkeltladere. Du kan trekke den tilbake når som helst.',
  pickerLegend: 'Anlegg som skal deles',
  alreadyShared: 'Allerede delt',
  approve: 'Godkjenn',
  deny: 'Avslå',
  approvedRedirect: (partner) => `Tilgang godkjent. Sender deg tilbake til ${partner}…`,
  deniedRedirect: (partner) => `Forespørselen ble avslått. Sender deg tilbake til ${partner}…`,
  chooseInstallation: 'Velg et anlegg som du eier eller administrerer.',
  expiredTitle: 'Denne tilgangsforespørselen er utløpt',
  expiredBody: (partner) => `Be ${partner ?? 'partneren'} om å sende deg en ny lenke.`,
  approved: 'Tilgang godkjent.',
  denied: 'Forespørselen ble avslått.',
  notFoundTitle: 'Fant ikke tilgangsforespørselen',
  notFoundBody: 'Lenken kan være ufullstendig. Åpne lenken du fikk på nytt, eller be om en ny.',
  decidedTitle: 'Denne forespørselen er allerede besvart',
  decidedBody: 'Det er ikke mer å gjøre her. Du kan administrere tilgangen under anleggets tillatelser.',
  networkTitle: 'Ingen tilkobling',
  serverTitle: 'Noe gikk galt',
  noInstallationsTitle: 'Ingen anlegg å dele',
  noInstallationsBody: 'Ingen av anleggene dine kan deles med denne partneren, så du kan ikke godkjenne. Avslå forespørselen, eller logg inn med en annen konto.',
};

export default consent;
