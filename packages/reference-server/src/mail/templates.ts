/**
 * @module mail/templates
 * The invitation email in the five languages of the pages. Every interpolated value is
 * HTML-escaped: partner and person names are typed by other people.
 */
import type { Locale } from '../domain/locales.js';
import type { InvitationMail } from '../domain/model/invitation-mail.js';
import type { MailMessage } from './mailer.js';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export type InvitationMailInput = InvitationMail;

interface MailWords {
  readonly subjectAdmin: (partner: string) => string;
  readonly subjectMember: (partner: string) => string;
  readonly hello: (name: string) => string;
  readonly admin: (org: string, partner: string) => string;
  readonly member: (partner: string, org: string, admin: boolean) => string;
  readonly accept: string;
  readonly once: (expires: string) => string;
}

const WORDS: Readonly<Record<Locale, MailWords>> = {
  en: {
    subjectAdmin: (p) => `You are invited to administer ${p}`,
    subjectMember: (p) => `You are invited to join ${p}`,
    hello: (n) => (n ? `Hello ${n},` : 'Hello,'),
    admin: (o, p) => `${o} registered ${p} as a partner and invites you to be its administrator.`,
    member: (p, o, a) => `You are invited to join ${p}, a partner of ${o}, as ${a ? 'an Admin (can invite others and use the products)' : 'a Member (uses the products)'}.`,
    accept: 'Accept the invitation',
    once: (e) => `The link works once and expires on ${e}. If you did not expect this email, ignore it.`,
  },
  fr: {
    subjectAdmin: (p) => `Vous êtes invité à administrer ${p}`,
    subjectMember: (p) => `Vous êtes invité à rejoindre ${p}`,
    hello: (n) => (n ? `Bonjour ${n},` : 'Bonjour,'),
    admin: (o, p) => `${o} a enregistré ${p} comme partenaire et vous invite à en être l’administrateur.`,
    member: (p, o, a) => `Vous êtes invité à rejoindre ${p}, partenaire de ${o}, comme ${a ? 'administrateur (invite d’autres personnes et utilise les produits)' : 'membre (utilise les produits)'}.`,
    accept: 'Accepter l’invitation',
    once: (e) => `Le lien ne sert qu’une fois et expire le ${e}. Si vous n’attendiez pas cet e-mail, ignorez-le.`,
  },
  de: {
    subjectAdmin: (p) => `Einladung zur Verwaltung von ${p}`,
    subjectMember: (p) => `Einladung zu ${p}`,
    hello: (n) => (n ? `Hallo ${n},` : 'Hallo,'),
    admin: (o, p) => `${o} hat ${p} als Partner registriert und lädt Sie ein, dessen Admin zu sein.`,
    member: (p, o, a) => `Sie sind eingeladen, ${p} beizutreten, einem Partner von ${o}, als ${a ? 'Admin (lädt andere ein und nutzt die Produkte)' : 'Mitglied (nutzt die Produkte)'}.`,
    accept: 'Einladung annehmen',
    once: (e) => `Der Link gilt einmal und läuft am ${e} ab. Falls Sie diese E-Mail nicht erwartet haben, ignorieren Sie sie.`,
  },
  pt: {
    subjectAdmin: (p) => `Você foi convidado para administrar ${p}`,
    subjectMember: (p) => `Você foi convidado para entrar em ${p}`,
    hello: (n) => (n ? `Olá ${n},` : 'Olá,'),
    admin: (o, p) => `${o} cadastrou ${p} como parceiro e convida você para ser o Admin da conta parceira.`,
    member: (p, o, a) => `Você foi convidado para entrar em ${p}, parceiro de ${o}, como ${a ? 'Admin (convida outros membros e utiliza os produtos)' : 'Membro (utiliza os produtos)'}.`,
    accept: 'Aceitar o convite',
    once: (e) => `O link funciona uma vez e expira em ${e}. Se você não esperava este e-mail, ignore-o.`,
  },
  nb: {
    subjectAdmin: (p) => `Du er invitert til å administrere ${p}`,
    subjectMember: (p) => `Du er invitert til ${p}`,
    hello: (n) => (n ? `Hei ${n},` : 'Hei,'),
    admin: (o, p) => `${o} har registrert ${p} som partner og inviterer deg til å være administrator.`,
    member: (p, o, a) => `Du er invitert til ${p}, en partner av ${o}, som ${a ? 'administrator (inviterer andre og bruker produktene)' : 'medlem (bruker produktene)'}.`,
    accept: 'Godta invitasjonen',
    once: (e) => `Lenken virker én gang og utløper ${e}. Om du ikke ventet denne e-posten, kan du se bort fra den.`,
  },
};

export function invitationMail(i: InvitationMailInput): MailMessage {
  const locale = i.locale ?? 'en';
  const w = WORDS[locale];
  const subject = i.purpose === 'partner_admin' ? w.subjectAdmin(i.partnerName) : w.subjectMember(i.partnerName);
  const what = i.purpose === 'partner_admin' ? w.admin(i.organisationName, i.partnerName) : w.member(i.partnerName, i.organisationName, i.role === 'admin');
  const expires = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(i.expiresAt) + ' UTC';
  // The page the link opens speaks the mail's language.
  const link = locale === 'en' ? i.link : `${i.link}?lang=${locale}`;
  const text = [w.hello(i.firstName), '', what, '', `${w.accept}: ${link}`, '', w.once(expires)].join('\n');
  const html = `<!doctype html><html lang="${locale}"><body>
<p>${escapeHtml(w.hello(i.firstName))}</p>
<p>${escapeHtml(what)}</p>
<p><a href="${escapeHtml(link)}">${escapeHtml(w.accept)}</a></p>
<p>${escapeHtml(w.once(expires))}</p>
</body></html>`;
  return { to: i.to, subject, text, html };
}

/** What the admins of a group whose webhook endpoint was disabled after failing for days are told. */
export interface WebhookDisabledMailInput {
  readonly to: string;
  readonly groupName: string;
  readonly url: string;
  readonly failingSince: Date;
  /** Where the admins manage the endpoint (the server's public URL). */
  readonly publicUrl: string;
}

export function webhookDisabledMail(i: WebhookDisabledMailInput): MailMessage {
  const since = i.failingSince.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  const subject = `Webhook endpoint disabled for ${i.groupName}`;
  const lines = [
    `Every delivery to the webhook endpoint ${i.url} of ${i.groupName} has failed since ${since}, so it has been disabled.`,
    'Deliveries still pending are sent once you enable it again; events while it is disabled are not sent to it.',
    `Manage it at ${i.publicUrl}.`,
  ];
  const html = `<!doctype html><html lang="en"><body>\n${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}\n</body></html>`;
  return { to: i.to, subject, text: lines.join('\n\n'), html };
}
