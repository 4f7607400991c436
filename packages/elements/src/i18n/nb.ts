/**
 * @module
 * Norwegian (Bokmål). Also used for `no` and `nn` tags.
 */
import { formatDate } from './format.js';
import type { AccessButtonStrings, CommonStrings, ConsentStrings, InstallationAccessStrings, Translation } from './en.js';

export const common: CommonStrings = {
  loading: 'Laster…',
  retry: 'Prøv igjen',
  cancel: 'Avbryt',
  group: 'Gruppe',
  lookupKey: (key) => `Oppslagsnøkkel ${key}`,
  networkError: 'Får ikke kontakt med serveren. Sjekk tilkoblingen og prøv igjen.',
  serverError: 'Noe gikk galt hos oss. Prøv igjen om litt.',
  sessionExpired: 'Økten din er avsluttet. Logg inn på nytt for å fortsette.',
  date: (iso) => formatDate('nb', iso),
};

export const accessButton: AccessButtonStrings = {
  label: 'Koble til anlegget ditt',
  labelFor: (partner) => `Gi ${partner} tilgang`,
  opening: 'Åpner…',
  waiting: 'Venter på svaret ditt i det andre vinduet…',
  approved: 'Tilgang godkjent.',
  denied: 'Tilgangen ble avslått.',
  cancelled: 'Vinduet ble lukket før en avgjørelse.',
  invalid: (detail) => `Denne knappen er ikke riktig satt opp: ${detail}`,
  failed: 'Kunne ikke starte tilgangsforespørselen. Prøv igjen.',
};

export const consent: ConsentStrings = {
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

export const installationAccess: InstallationAccessStrings = {
  heading: 'Hvem har tilgang',
  empty: 'Ingen andre har tilgang til dette anlegget.',
  since: (date) => `Siden ${date}`,
  grantedBy: (name) => `Gitt av ${name}`,
  roles: { owner: 'Eier', admin: 'Administrator', group: 'Gruppe', member: 'Bruker' },
  revoke: 'Trekk tilbake',
  revokeLabel: (name) => `Trekk tilbake tilgangen til ${name}`,
  confirmQuestion: (name) => `Trekke tilbake tilgangen til ${name}?`,
  confirmGroupNote: 'Alle medlemmer og tjenestekontoer i gruppen mister tilgangen med en gang.',
  confirmRevoke: 'Trekk tilbake tilgang',
  revoking: 'Trekker tilbake…',
  revoked: (name) => `Tilgangen til ${name} ble trukket tilbake.`,
  revokeFailed: (name) => `Kunne ikke trekke tilbake tilgangen til ${name}.`,
  notFound: 'Fant ikke anlegget, eller du har ikke lov til å se hvem som har tilgang.',
  missingId: 'Ingen anlegg oppgitt (attributtet installation-id).',
};

const nb: Translation = { locale: 'nb', common, accessButton, consent, installationAccess };

export default nb;
