/**
 * @module http/pages/i18n/nb
 * Norwegian Bokmål (also served for `no` and `nn`).
 */
import type { PageMessages } from './en.js';

const nb: PageMessages = {
  lang: 'nb',
  productName: 'grantkit',
  login: {
    title: 'Logg inn',
    heading: (platform) => `Logg inn på ${platform}`,
    requestIntro: (requester) => `${requester} ber om tilgang til en av installasjonene dine. Logg inn for å se gjennom forespørselen.`,
    email: 'E-post',
    password: 'Passord',
    submit: 'Logg inn',
    invalidCredentials: 'E-postadressen eller passordet er feil.',
    rateLimited: (seconds) => `For mange forsøk. Prøv igjen om ${seconds} sekunder.`,
    missingFields: 'Skriv inn e-postadressen og passordet ditt.',
  },
  consent: {
    title: 'Tilgangsforespørsel',
    expiresAt: (time) => `Forespørselen utløper kl. ${time}.`,
    loggedInAs: (name) => `Logget inn som ${name}`,
    logout: 'Logg ut',
  },
  receipt: {
    title: 'Ferdig',
    approved: (group, installation) => `Tilgang godkjent: ${group} kan nå administrere ${installation}.`,
    denied: (group) => `Du avslo forespørselen fra ${group}.`,
    alreadyShared: (group) => `Du gikk tilbake til ${group} uten å dele: den har allerede tilgang.`,
    cancelled: (group) => `Du gikk tilbake til ${group} uten å dele noe.`,
    close: 'Du kan lukke denne siden.',
    answeredTitle: 'Du har allerede svart på denne forespørselen',
    alreadyApproved: (group, installation) => `Du har allerede delt ${installation} med ${group}.`,
    alreadyDenied: (group) => `Du avslo forespørselen fra ${group}. Ingenting ble delt.`,
    expired: (group) => `Forespørselen fra ${group} utløp før den ble besvart. Ingenting ble delt.`,
    startAgain: (group) => `Gå tilbake til ${group} for å begynne på nytt.`,
  },
  embedded: {
    returning: (group) => `Går tilbake til ${group} …`,
    waiting: 'Godkjenn blir tilgjengelig når forespørselen har vært helt synlig en liten stund.',
    covered: 'Godkjenning er satt på pause: noe på siden rundt denne forespørselen dekker, skjuler eller endrer den. Sørg for at den er helt synlig.',
    tooSmall: 'Dette området er for lite til å vise forespørselen trygt. Åpne den i et eget vindu.',
  },
  errors: {
    title: 'Denne lenken kan ikke brukes',
    unknownLookupKey: (key) => `Ingen partner har oppslagsnøkkelen «${key}». Sjekk lenken eller be partneren om en ny.`,
    badRequestIntro: 'Lenken som førte deg hit, er ikke gyldig:',
    fields: {
      installation_id: 'Installasjonen i lenken er ikke en gyldig installasjons-ID.',
      locale: 'Språket i lenken støttes ikke (en, fr, de, pt eller nb).',
      return_url: 'Returadressen i lenken er ikke registrert av denne partneren.',
      partner_name: 'Partnernavnet i lenken er for langt.',
      show_existing: 'Verdien show_existing i lenken må være true eller false.',
      state: 'Verdien state i lenken er for lang.',
      code_challenge: 'Sikkerhetsutfordringen (code_challenge) i lenken er ikke gyldig.',
      code_challenge_method: 'Metoden for sikkerhetsutfordringen støttes ikke (bare S256).',
      display: 'display-verdien i lenken støttes ikke (bruk page, popup eller embedded).',
      'display.not_embeddable': 'Denne partneren har ikke registrert nettstedet sitt for å vise denne forespørselen på sin egen side. Åpne lenken i et eget vindu.',
    },
    expired: 'Denne tilgangsforespørselen er utløpt.',
    decided: 'Denne tilgangsforespørselen er allerede besvart.',
    notFound: 'Denne tilgangsforespørselen finnes ikke.',
    generic: 'Noe gikk galt. Prøv igjen.',
    askPartner: 'Be partneren sende deg en ny lenke.',
    pageNotFoundTitle: 'Fant ikke siden',
    pageNotFound: 'Det finnes ingen side på denne adressen. Sjekk lenken du fulgte.',
    methodNotAllowedTitle: 'Denne siden kan ikke brukes slik',
    methodNotAllowed: 'Denne adressen tar ikke imot denne typen forespørsel. Gå tilbake og prøv igjen.',
    home: 'Gå til startsiden',
  },
};

export default nb;
