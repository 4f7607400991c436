/**
 * @module
 * Norwegian (Bokmål) strings of `<gk-partner-installations>`.
 */
import type { PartnerInstallationStrings } from './en.js';

const nb: PartnerInstallationStrings = {
  heading: 'Tilknyttede installasjoner',
  title: (p) => `Installasjoner knyttet til ${p}`,
  intro: (p) => `Medlemmene og tjenestekontoene til ${p} kan se og administrere installasjonene som er knyttet til her, til du fjerner tilknytningen.`,
  installation: 'Installasjon',
  choose: 'Velg en installasjon',
  link: 'Knytt til installasjon',
  linking: 'Knytter til…',
  allLinked: 'Alle installasjonene du eier eller administrerer, er allerede knyttet til.',
  noInstallations: 'Du eier eller administrerer ingen installasjon som kan knyttes til.',
  deactivated: (p) => `${p} er deaktivert: ingen installasjon kan knyttes til.`,
  linked: (i, p) => `${i} er nå knyttet til ${p}.`,
  listTitle: 'Tilknyttede installasjoner',
  col: { installation: 'Installasjon', since: 'Tilknyttet siden', by: 'Tilknyttet av', actions: 'Handlinger' },
  empty: (p) => `Ingen installasjon er knyttet til ${p} ennå.`,
  unknown: 'Ukjent',
  unlink: 'Fjern tilknytning',
  unlinkLabel: (i) => `Fjern tilknytning til ${i}`,
  confirm: (i, p) => `Fjerne tilknytningen til ${i}? ${p} mister tilgangen med én gang, for alle medlemmer og tokener.`,
  unlinking: 'Fjerner…',
  cancel: 'Avbryt',
  unlinked: (i) => `${i} er ikke lenger tilknyttet.`,
  notManaged: 'Delt av eieren',
  loading: 'Laster…',
  retry: 'Prøv igjen',
  missingPartner: 'Ingen partner oppgitt (attributtet partner-id).',
  errors: {
    required: 'Velg en installasjon å knytte til.',
    installation_gone: 'Den installasjonen finnes ikke lenger, eller du administrerer den ikke lenger. Listen er oppdatert.',
    grant_gone: 'Den tilknytningen var allerede fjernet. Listen er oppdatert.',
    partner_deactivated: 'Denne partneren er deaktivert; ingenting kan endres.',
    forbidden: 'Du har ikke lov til å endre installasjonene til denne partneren.',
    not_found: 'Denne partneren finnes ikke, eller du er ikke kontoinnehaver for organisasjonen.',
    unauthenticated: 'Økten er avsluttet. Logg inn på nytt.',
    network: 'Fikk ikke kontakt med serveren. Prøv igjen.',
    server: 'Noe gikk galt. Prøv igjen.',
  },
};

export default nb;
