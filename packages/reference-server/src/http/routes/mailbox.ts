/**
 * @module http/routes/mailbox
 * The demo mailbox: mail kept in the outbox when no SMTP server is configured, as JSON
 * (`GET /api/mailbox`) and as a page (`GET /mailbox`). It shows invitation links, so it exists
 * only when `config.mail.mailbox` is on (default: no SMTP and not production); otherwise 404.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { secured } from '../api-security.js';
import { html } from 'hono/html';
import { NotFoundError } from '../../errors.js';
import type { OutboxMessage } from '../../domain/model/outbox.js';
import { createRouter } from '../context.js';
import { messages } from '../pages/i18n/index.js';
import { renderPage } from '../pages/layout.js';
import { nextCursorSchema, pageQuery, pageRequest, toWirePage } from '../paging.js';
import type { PageRequest } from '../../domain/model/page.js';
import { problemResponses } from '../schemas.js';
import { pageLocale } from '../pages/page-helpers.js';
import type { AppDeps } from '../context.js';
import { json } from './partner-schemas.js';

export const MailSchema = z
  .object({
    id: z.string().uuid(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    html: z.string(),
    status: z.enum(['pending', 'sent', 'stored', 'failed']),
    created_at: z.string(),
    links: z.array(z.string()).openapi({ description: 'Links to this server found in the message' }),
  })
  .openapi('MailboxMessage');

export const MailboxListSchema = z.object({ items: z.array(MailSchema), next_cursor: nextCursorSchema }).openapi('MailboxList');

/** Mail per page of the HTML mailbox (`/mailbox`), which pages with an "Older mail" link. */
const PAGE_OF_MAIL = 50;

const mailboxRoute = createRoute({
  operationId: 'listMailbox',
  ...secured('none'),
  method: 'get',
  path: '/api/mailbox',
  tags: ['Demo'],
  summary: 'Mail kept for the demo mailbox, newest first (then by id), paged (only without SMTP, never in production)',
  request: { query: z.object({ to: z.string().max(320).optional(), ...pageQuery() }) },
  responses: { 200: json(MailboxListSchema, 'Messages'), ...problemResponses(400, 404) },
});

export function mailboxRoutes(deps: AppDeps) {
  const router = createRouter();
  const origin = new URL(deps.config.publicUrl).origin;
  const linksIn = (text: string) => [...text.matchAll(/https?:\/\/[^\s<>"']+/g)].map((m) => m[0]).filter((u) => new URL(u).origin === origin);
  const toJson = (m: OutboxMessage) => {
    const text = String(m.payload.text ?? '');
    return {
      id: m.id,
      to: m.recipient,
      subject: m.subject,
      text,
      html: String(m.payload.html ?? ''),
      status: m.status,
      created_at: m.createdAt.toISOString(),
      links: linksIn(text),
    };
  };
  const list = async (to: string | undefined, page: PageRequest) => {
    if (!deps.config.mail.mailbox) throw new NotFoundError('mailbox');
    return toWirePage(await deps.store.outbox.pageMessages('email', to?.trim() || null, page), toJson);
  };

  router.openapi(mailboxRoute, async (c) => {
    const query = c.req.valid('query');
    return c.json(await list(query.to, pageRequest(query, 2)), 200);
  });

  router.get('/mailbox', async (c) => {
    const to = c.req.query('to');
    const { items, next_cursor } = await list(to, pageRequest({ cursor: c.req.query('cursor'), limit: PAGE_OF_MAIL }, 2));
    const older = next_cursor && `/mailbox?${new URLSearchParams({ ...(to ? { to } : {}), cursor: next_cursor })}`;
    const m = messages(pageLocale(c, new URL(c.req.url).searchParams));
    return renderPage(c, {
      m,
      title: 'Mailbox',
      body: html`<h1>Demo mailbox</h1>
<p class="muted">Mail the server would send. Configure GRANTKIT_SMTP_URL to deliver it for real.</p>
${items.length === 0 ? html`<p>No messages yet.</p>` : ''}
${items.map(
  (mail) => html`<article class="mail" data-testid="mail">
<h2>${mail.subject}</h2>
<p class="muted">To ${mail.to} · ${mail.created_at.slice(0, 16).replace('T', ' ')} UTC</p>
<pre>${mail.text}</pre>
${mail.links.map((l) => html`<p><a href="${l}">Open link</a></p>`)}
</article>`,
)}
${older ? html`<p><a href="${older}" data-testid="older-mail">Older mail</a></p>` : ''}`,
    });
  });

  return router;
}
