/**
 * @module
 * Norwegian (Bokmål) strings shared by the invitation elements.
 */
import { formatDate } from '../../../../i18n/format.js';
import type { InvitationStrings } from '../strings.js';
import { plural } from '../../../../i18n/plural.js';

/** The sections every invitation element reads. */
export type CommonStrings = Pick<InvitationStrings, 'date' | 'roles' | 'status' | 'mode' | 'errors' | 'copy'>;

const common: CommonStrings = {
  date: (iso) => formatDate('nb', iso),
  roles: {
    adminHeading: 'Administratorrolle',
    userHeading: 'Brukerroller',
    adminHint: 'En administratorrolle gir tilgang til å invitere og administrere flere brukere.',
    userHint: 'En brukerrolle gir tilgang til å bruke tjenestene som tilbys.',
    exclusiveNote: '* Kan ikke kombineres med en annen rolle.',
    exclusiveBlocked: 'Ikke tilgjengelig: en eksklusiv rolle (*) står alene.',
    required: 'Velg minst én rolle.',
  },
  status: { valid: 'Gyldig', used: 'Brukt', deactivated: 'Deaktivert', expired: 'Utløpt' },
  mode: { group: 'En tjeneste', partner: 'Forretningspartner' },
  errors: {
    code_malformed: 'Dette er ikke en invitasjonskode. Sjekk at du kopierte hele koden.',
    code_unknown: 'Denne invitasjonskoden finnes ikke. Sjekk den for skrivefeil.',
    code_already_used: 'Denne invitasjonskoden er allerede brukt. Hver kode virker én gang; be om en ny.',
    code_deactivated: 'Denne invitasjonskoden er deaktivert av en administrator. Be om en ny.',
    code_expired: 'Denne invitasjonskoden har utløpt. Be om en ny.',
    roles_conflict: 'Rollene i denne koden kan ikke kombineres med rollene du allerede har. Be en administrator endre rollene dine først.',
    last_admin: 'En gruppe trenger minst én administrator: gi først et annet medlem en administratorrolle.',
    not_group_admin: 'Bare en administrator i denne gruppen kan gjøre dette.',
    not_found: 'Ikke funnet, eller du har ikke tilgang.',
    unauthenticated: 'Økten din er avsluttet. Logg inn igjen for å fortsette.',
    validation: 'Noen verdier er ugyldige. Sjekk skjemaet.',
    rate_limited: (s) => (s ? `For mange forsøk. Prøv igjen om ${s} sekunder.` : 'For mange forsøk. Prøv igjen senere.'),
    network: 'Får ikke kontakt med serveren. Sjekk tilkoblingen og prøv igjen.',
    server: 'Noe gikk galt hos oss. Prøv igjen om litt.',
  },
  copy: {
    code: 'Kopier kode',
    codeLabel: (code) => `Kopier koden ${code}`,
    all: 'Kopier alle koder',
    copied: 'Kopiert til utklippstavlen.',
    allCopied: (n) => `${n} koder kopiert til utklippstavlen.`,
    failed: 'Kunne ikke kopiere. Merk koden og kopier den selv.',
    text: (group, key, date, codes) => [`${plural('nb', codes.length, { one: 'Invitasjonskode', other: 'Invitasjonskoder' })} for ${group} (${key})`, `Gyldig til: ${date}`, '', ...codes].join('\n'),
  },
};

export default common;
