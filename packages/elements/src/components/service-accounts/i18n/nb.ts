/**
 * @module
 * Norwegian (Bokmål) strings of `<gk-service-accounts>`.
 */
import { formatDate } from '../../../i18n/format.js';
import type { ServiceAccountStrings } from './en.js';
import { plural } from '../../../i18n/plural.js';

const nb: ServiceAccountStrings = {
  title: 'Tjenestekontoer',
  intro: 'Med tjenestekontoer kan systemene deres kalle API-et uten en personlig pålogging (OAuth client credentials).',
  loading: 'Laster…',
  empty: 'Ingen tjenestekontoer ennå.',
  missingGroup: 'Ingen gruppe er valgt.',
  create: 'Opprett tjenestekonto',
  col: { name: 'Navn', clientId: 'Klient-ID', dataSet: 'Datasett', created: 'Opprettet', lastUsed: 'Sist brukt', actions: 'Handlinger' },
  allInstallations: 'Alle delte installasjoner',
  never: 'Aldri',
  date: (iso) => formatDate('nb', iso),
  form: {
    heading: 'Ny tjenestekonto',
    name: 'Navn',
    dataSet: 'Datasett',
    dataSetHint: 'Valgfritt: begrens kontoen til én installasjon som er delt med gruppen.',
    secretLegend: 'Hemmelighet',
    generated: 'Generer en hemmelighet (anbefalt)',
    chosen: 'Velg et passord',
    password: 'Passord',
    passwordHint: 'Minst 12 tegn, med tre av: små bokstaver, store bokstaver, sifre, symboler.',
    submit: 'Opprett',
    creating: 'Oppretter…',
    cancel: 'Avbryt',
    nameRequired: 'Gi tjenestekontoen et navn.',
  },
  secret: {
    heading: (name) => `Påloggingsdetaljer for ${name}`,
    warning: 'Kopier hemmeligheten nå og oppbevar den trygt. Den vises bare denne ene gangen; mister du den, må du generere en ny.',
    passwordNote: 'Bruk passordet du valgte som klienthemmelighet. Det vises ikke igjen.',
    clientId: 'Klient-ID',
    clientSecret: 'Klienthemmelighet',
    tokenEndpoint: 'Token-endepunkt',
    copy: 'Kopier',
    copyLabel: (what) => `Kopier ${what.toLowerCase()}`,
    copied: 'Kopiert til utklippstavlen.',
    copyFailed: 'Kunne ikke kopiere; merk teksten og kopier den selv.',
    done: 'Jeg har lagret den',
  },
  actions: {
    regenerate: 'Generer ny',
    regenerateLabel: (name) => `Generer ny hemmelighet for ${name}`,
    regenerateConfirm: (name) => `Generere en ny hemmelighet for ${name}?`,
    grace: 'La den gamle hemmeligheten virke i',
    graceNone: 'Ingen tid (den slutter å virke nå)',
    graceHours: (hours) =>
      hours % 24 === 0 ? plural('nb', hours / 24, { one: '# døgn', other: '# døgn' }) : plural('nb', hours, { one: '# time', other: '# timer' }),
    password: 'Endre passord',
    passwordLabel: (name) => `Endre passord for ${name}`,
    newPassword: 'Nytt passord',
    save: 'Lagre',
    delete: 'Slett',
    deleteLabel: (name) => `Slett ${name}`,
    deleteConfirm: (name) => `Slette ${name}? Tokenene slutter å virke med en gang.`,
    cancel: 'Avbryt',
    working: 'Arbeider…',
  },
  status: {
    created: (name) => `${name} ble opprettet.`,
    regenerated: (name) => `En ny hemmelighet ble generert for ${name}.`,
    passwordChanged: (name) => `Passordet til ${name} ble endret.`,
    deleted: (name) => `${name} ble slettet.`,
  },
  errors: {
    not_group_admin: 'Bare en administrator i denne gruppen kan administrere tjenestekontoene.',
    not_found: 'Denne tjenestekontoen finnes ikke lenger.',
    service_account_name_taken: 'Gruppen har allerede en tjenestekonto med dette navnet.',
    weak_password: 'Dette passordet er for svakt.',
    unauthenticated: 'Økten er avsluttet. Logg inn på nytt.',
    validation: 'Sjekk de merkede feltene.',
    network: 'Serveren kan ikke nås. Sjekk tilkoblingen og prøv igjen.',
    server: 'Noe gikk galt. Prøv igjen senere.',
  },
};

export default nb;
