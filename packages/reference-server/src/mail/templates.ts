/**
 * @module mail/templates
 * The invitation email. Every interpolated value is HTML-escaped: partner and person names are
 * typed by other people.
 */
import type { MailMessage } from './mailer.js';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface InvitationMailInput {
  readonly to: string;
  readonly firstName: string;
  readonly partnerName: string;
  readonly organisationName: string;
  readonly role: 'admin' | 'member';
  readonly purpose: 'partner_admin' | 'member';
  readonly link: string;
  readonly expiresAt: Date;
}

export function invitationMail(i: InvitationMailInput): MailMessage {
  const subject =
    i.purpose === 'partner_admin'
      ? `You are invited to administer ${i.partnerName}`
      : `You are invited to join ${i.partnerName}`;
  const what =
    i.purpose === 'partner_admin'
      ? `${i.organisationName} registered ${i.partnerName} as a partner and invites you to be its administrator.`
      : `You are invited to join ${i.partnerName}, a partner of ${i.organisationName}, as ${i.role === 'admin' ? 'an Admin (can invite others and use the products)' : 'a Member (uses the products)'}.`;
  const expires = i.expiresAt.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  const greeting = i.firstName ? `Hello ${i.firstName},` : 'Hello,';
  const text = [
    greeting,
    '',
    what,
    '',
    `Accept the invitation: ${i.link}`,
    '',
    `The link works once and expires on ${expires}. If you did not expect this email, ignore it.`,
  ].join('\n');
  const html = `<!doctype html><html><body>
<p>${escapeHtml(greeting)}</p>
<p>${escapeHtml(what)}</p>
<p><a href="${escapeHtml(i.link)}">Accept the invitation</a></p>
<p>The link works once and expires on ${escapeHtml(expires)}. If you did not expect this email, ignore it.</p>
</body></html>`;
  return { to: i.to, subject, text, html };
}
