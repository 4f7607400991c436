/**
 * @module
 * Norwegian (Bokmål) copy of the consent card: `<gk-consent>` loads it lazily, and the server's
 * no-JavaScript consent page reads it through `@grantkit/elements/consent-strings`.
 */
import type { ConsentStrings } from './en.js';

const consent: ConsentStrings = {
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
  held: 'Allerede tillatt:',
  added: 'Ber i tillegg om:',
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
  expiredBack: (partner) => `Ingenting ble delt. Gå tilbake til ${partner} for å begynne på nytt.`,
  approved: 'Tilgang godkjent.',
  denied: 'Forespørselen ble avslått.',
  notFoundTitle: 'Fant ikke tilgangsforespørselen',
  notFoundBody: 'Lenken kan være ufullstendig. Åpne lenken du fikk på nytt, eller be om en ny.',
  decidedTitle: 'Denne forespørselen er allerede besvart',
  decidedBody: 'Det er ikke mer å gjøre her. Du kan administrere tilgangen under anleggets tillatelser.',
  networkTitle: 'Ingen tilkobling',
  serverTitle: 'Noe gikk galt',
  noInstallationsTitle: 'Ingen anlegg å dele',
  noInstallationsBody: 'Du eier eller administrerer ikke noe anlegg som kan deles. Gå tilbake til partneren, eller logg inn med en annen konto.',
  allSharedTitle: (partner) => `${partner} har allerede tilgang til alle anleggene dine`,
  preselectedSharedTitle: (partner, installation) => `${partner} har allerede tilgang til ${installation}`,
  alreadySharedBody: 'Det er ikke mer å dele. Du kan styre hvem som har tilgang, under tillatelsene til anleggene dine.',
  preselectedUnknownTitle: 'Anlegget i lenken er ikke ditt',
  preselectedUnknownBody: 'Det finnes ikke, eller du eier eller administrerer det ikke. Velg et av dine nedenfor, eller gå tilbake til partneren.',
  backTo: (partner) => `Tilbake til ${partner}`,
  searchLabel: 'Søk i anleggene dine etter navn eller adresse',
  search: 'Søk',
  showMore: 'Vis flere',
  shown: (count) => (count === 1 ? '1 anlegg vises' : `${count} anlegg vises`),
  noMatches: (query) => `Ingen anlegg passer til «${query}».`,
  cancelledRedirect: (partner) => `Tar deg tilbake til ${partner}…`,
  cancelled: 'Forespørselen er lukket uten deling.',
};

export default consent;
