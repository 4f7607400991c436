/**
 * @module http/pages/email-invitation-strings
 * The invitation page's words in the five page languages (en, fr, de, pt, nb), chosen like the
 * other pages: `?locale=`/`?lang=`, else Accept-Language. Errors are worded by their code.
 */
import type { Locale } from '../../domain/locales.js';

export interface InvitationPageStrings {
  readonly title: string;
  readonly cannotUse: string;
  readonly join: (partner: string) => string;
  readonly role: { readonly partner_admin: string; readonly admin: string; readonly member: string };
  readonly intro: (role: string, partner: string, expires: string) => string;
  readonly loggedInAs: (email: string) => string;
  readonly accept: string;
  readonly mismatch: (invited: string, current: string) => string;
  readonly logout: string;
  readonly loginHeading: string;
  readonly createHeading: string;
  readonly email: string;
  readonly name: string;
  readonly password: string;
  readonly newPassword: (min: number) => string;
  readonly loginAccept: string;
  readonly createAccept: string;
  readonly welcome: (partner: string) => string;
  readonly nowRole: (role: string, partner: string) => string;
  readonly lookupKey: string;
  readonly continue: string;
  readonly errors: Readonly<Record<string, string>>;
}

const en: InvitationPageStrings = {
  title: 'Invitation',
  cannotUse: 'This invitation cannot be used',
  join: (p) => `Join ${p}`,
  role: { partner_admin: 'the partner admin', admin: 'an Admin', member: 'a Member' },
  intro: (r, p, e) => `You are invited as ${r} of ${p}. The link works once and expires on ${e}.`,
  loggedInAs: (e) => `You are logged in as ${e}.`,
  accept: 'Accept invitation',
  mismatch: (i, c) => `This invitation is for ${i}, but you are logged in as ${c}.`,
  logout: 'Log out and continue',
  loginHeading: 'Log in to accept',
  createHeading: 'Create your account to accept',
  email: 'Email',
  name: 'Name',
  password: 'Password',
  newPassword: (n) => `Password (at least ${n} characters)`,
  loginAccept: 'Log in and accept',
  createAccept: 'Create account and accept',
  welcome: (p) => `Welcome to ${p}`,
  nowRole: (r, p) => `You are now ${r} of ${p}.`,
  lookupKey: 'Lookup key:',
  continue: 'Continue',
  errors: {
    invitation_not_found: 'This invitation link is not valid.',
    invitation_used: 'This invitation link has already been used. Ask for a new invitation if you still need access.',
    invitation_expired: 'This invitation link has expired. Ask the sender for a new invitation.',
    invitation_revoked: 'This invitation was replaced by a newer one or withdrawn. Use the latest invitation email.',
    invalid_credentials: 'The email or password is not correct.',
    password: 'Choose a password of at least 10 characters.',
    rate_limited: 'Too many attempts. Try again in a few minutes.',
  },
};

const fr: InvitationPageStrings = {
  title: 'Invitation',
  cannotUse: 'Cette invitation ne peut pas être utilisée',
  join: (p) => `Rejoindre ${p}`,
  role: { partner_admin: 'administrateur du partenaire', admin: 'administrateur', member: 'membre' },
  intro: (r, p, e) => `Vous êtes invité comme ${r} de ${p}. Le lien ne sert qu’une fois et expire le ${e}.`,
  loggedInAs: (e) => `Vous êtes connecté en tant que ${e}.`,
  accept: 'Accepter l’invitation',
  mismatch: (i, c) => `Cette invitation est destinée à ${i}, mais vous êtes connecté en tant que ${c}.`,
  logout: 'Se déconnecter et continuer',
  loginHeading: 'Connectez-vous pour accepter',
  createHeading: 'Créez votre compte pour accepter',
  email: 'E-mail',
  name: 'Nom',
  password: 'Mot de passe',
  newPassword: (n) => `Mot de passe (au moins ${n} caractères)`,
  loginAccept: 'Se connecter et accepter',
  createAccept: 'Créer le compte et accepter',
  welcome: (p) => `Bienvenue chez ${p}`,
  nowRole: (r, p) => `Vous êtes maintenant ${r} de ${p}.`,
  lookupKey: 'Clé de recherche :',
  continue: 'Continuer',
  errors: {
    invitation_not_found: 'Ce lien d’invitation n’est pas valable.',
    invitation_used: 'Ce lien d’invitation a déjà été utilisé. Demandez une nouvelle invitation si besoin.',
    invitation_expired: 'Ce lien d’invitation a expiré. Demandez une nouvelle invitation à l’expéditeur.',
    invitation_revoked: 'Cette invitation a été remplacée ou retirée. Utilisez le dernier e-mail d’invitation.',
    invalid_credentials: 'L’e-mail ou le mot de passe est incorrect.',
    password: 'Choisissez un mot de passe d’au moins 10 caractères.',
    rate_limited: 'Trop de tentatives. Réessayez dans quelques minutes.',
  },
};

const de: InvitationPageStrings = {
  title: 'Einladung',
  cannotUse: 'Diese Einladung kann nicht verwendet werden',
  join: (p) => `${p} beitreten`,
  role: { partner_admin: 'Partner-Admin', admin: 'Admin', member: 'Mitglied' },
  intro: (r, p, e) => `Sie sind als ${r} von ${p} eingeladen. Der Link gilt einmal und läuft am ${e} ab.`,
  loggedInAs: (e) => `Sie sind als ${e} angemeldet.`,
  accept: 'Einladung annehmen',
  mismatch: (i, c) => `Diese Einladung gilt für ${i}, Sie sind aber als ${c} angemeldet.`,
  logout: 'Abmelden und fortfahren',
  loginHeading: 'Zum Annehmen anmelden',
  createHeading: 'Zum Annehmen ein Konto anlegen',
  email: 'E-Mail',
  name: 'Name',
  password: 'Passwort',
  newPassword: (n) => `Passwort (mindestens ${n} Zeichen)`,
  loginAccept: 'Anmelden und annehmen',
  createAccept: 'Konto anlegen und annehmen',
  welcome: (p) => `Willkommen bei ${p}`,
  nowRole: (r, p) => `Sie sind jetzt ${r} von ${p}.`,
  lookupKey: 'Suchschlüssel:',
  continue: 'Weiter',
  errors: {
    invitation_not_found: 'Dieser Einladungslink ist ungültig.',
    invitation_used: 'Dieser Einladungslink wurde bereits verwendet. Fordern Sie bei Bedarf eine neue Einladung an.',
    invitation_expired: 'Dieser Einladungslink ist abgelaufen. Bitten Sie um eine neue Einladung.',
    invitation_revoked: 'Diese Einladung wurde ersetzt oder zurückgezogen. Verwenden Sie die neueste Einladung.',
    invalid_credentials: 'E-Mail oder Passwort ist falsch.',
    password: 'Wählen Sie ein Passwort mit mindestens 10 Zeichen.',
    rate_limited: 'Zu viele Versuche. Versuchen Sie es in einigen Minuten erneut.',
  },
};

const pt: InvitationPageStrings = {
  title: 'Convite',
  cannotUse: 'Este convite não pode ser usado',
  join: (p) => `Entrar em ${p}`,
  role: { partner_admin: 'Admin da conta parceira', admin: 'Admin', member: 'Membro' },
  intro: (r, p, e) => `Você foi convidado como ${r} de ${p}. O link funciona uma vez e expira em ${e}.`,
  loggedInAs: (e) => `Você está conectado como ${e}.`,
  accept: 'Aceitar convite',
  mismatch: (i, c) => `Este convite é para ${i}, mas você está conectado como ${c}.`,
  logout: 'Sair e continuar',
  loginHeading: 'Entre para aceitar',
  createHeading: 'Crie sua conta para aceitar',
  email: 'E-mail',
  name: 'Nome',
  password: 'Senha',
  newPassword: (n) => `Senha (pelo menos ${n} caracteres)`,
  loginAccept: 'Entrar e aceitar',
  createAccept: 'Criar conta e aceitar',
  welcome: (p) => `Bem-vindo a ${p}`,
  nowRole: (r, p) => `Agora você é ${r} de ${p}.`,
  lookupKey: 'Chave:',
  continue: 'Continuar',
  errors: {
    invitation_not_found: 'Este link de convite não é válido.',
    invitation_used: 'Este link de convite já foi usado. Peça um novo convite se ainda precisar de acesso.',
    invitation_expired: 'Este link de convite expirou. Peça um novo convite a quem o enviou.',
    invitation_revoked: 'Este convite foi substituído ou retirado. Use o e-mail de convite mais recente.',
    invalid_credentials: 'O e-mail ou a senha não estão corretos.',
    password: 'Escolha uma senha com pelo menos 10 caracteres.',
    rate_limited: 'Tentativas demais. Tente novamente em alguns minutos.',
  },
};

const nb: InvitationPageStrings = {
  title: 'Invitasjon',
  cannotUse: 'Denne invitasjonen kan ikke brukes',
  join: (p) => `Bli med i ${p}`,
  role: { partner_admin: 'partneradministrator', admin: 'administrator', member: 'medlem' },
  intro: (r, p, e) => `Du er invitert som ${r} i ${p}. Lenken virker én gang og utløper ${e}.`,
  loggedInAs: (e) => `Du er logget inn som ${e}.`,
  accept: 'Godta invitasjonen',
  mismatch: (i, c) => `Denne invitasjonen er til ${i}, men du er logget inn som ${c}.`,
  logout: 'Logg ut og fortsett',
  loginHeading: 'Logg inn for å godta',
  createHeading: 'Opprett kontoen din for å godta',
  email: 'E-post',
  name: 'Navn',
  password: 'Passord',
  newPassword: (n) => `Passord (minst ${n} tegn)`,
  loginAccept: 'Logg inn og godta',
  createAccept: 'Opprett konto og godta',
  welcome: (p) => `Velkommen til ${p}`,
  nowRole: (r, p) => `Du er nå ${r} i ${p}.`,
  lookupKey: 'Oppslagsnøkkel:',
  continue: 'Fortsett',
  errors: {
    invitation_not_found: 'Denne invitasjonslenken er ikke gyldig.',
    invitation_used: 'Denne invitasjonslenken er allerede brukt. Be om en ny invitasjon om du fortsatt trenger tilgang.',
    invitation_expired: 'Denne invitasjonslenken er utløpt. Be avsenderen om en ny invitasjon.',
    invitation_revoked: 'Denne invitasjonen er erstattet eller trukket tilbake. Bruk den nyeste invitasjonen.',
    invalid_credentials: 'E-postadressen eller passordet er feil.',
    password: 'Velg et passord på minst 10 tegn.',
    rate_limited: 'For mange forsøk. Prøv igjen om noen minutter.',
  },
};

export const invitationPageStrings: Readonly<Record<Locale, InvitationPageStrings>> = { en, fr, de, pt, nb };
