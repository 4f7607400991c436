/**
 * @module http/routes/partners-page
 * `GET /partners`: the account holder's partner settings page, hosting `<gk-partners>` from the
 * elements bundle (login first). The element talks to the JSON API on this same origin.
 */
import { html } from 'hono/html';
import { createRouter } from '../context.js';
import { loadSession } from '../middleware/session.js';
import { messages } from '../pages/i18n/index.js';
import { renderPage } from '../pages/layout.js';
import { pageLocale, seeOther } from '../pages/page-helpers.js';
import type { AppDeps } from '../context.js';

export function partnersPageRoutes(deps: AppDeps) {
  const router = createRouter();
  router.use('/partners', loadSession(deps));
  router.get('/partners', async (c) => {
    if (!c.get('user')) return seeOther(c, '/login?next=%2Fpartners');
    const m = messages(pageLocale(c, new URL(c.req.url).searchParams));
    return renderPage(c, {
      m,
      title: 'Partners',
      elements: true,
      body: html`<gk-partners locale="${m.lang}"><p>Loading… This page needs JavaScript.</p></gk-partners>
${deps.config.mail.mailbox ? html`<p class="muted"><a href="/mailbox">Demo mailbox</a></p>` : ''}`,
    });
  });
  return router;
}
