/**
 * @module http/routes/embedded-return
 * `GET /access/embedded-return?…`: where an embedded request (`display=embedded`) ends. A framed
 * page must not navigate itself to the partner's return URL (that would load the partner inside
 * our frame), so this page hands the return-trip parameters — the same ones a redirect carries,
 * signed `response` included — to the frame's parent with `postMessage`, addressed to each of
 * the group's embedding origins and never `*` (HTML §9.3.3: a message whose targetOrigin is not
 * the parent's is dropped), and the partner's page checks them as it checks a redirect return.
 *
 * The page is framable by those origins only, like the consent it follows; anything it is given
 * is only relayed, never trusted: the partner verifies the signed `response` as for a redirect.
 * An unknown partner, or one with no embedding origins, gets the localised 400 page.
 */
import { html } from 'hono/html';
import { EMBEDDED_RETURN_PATH } from '../../domain/access-requests.js';
import { parseLookupKey } from '../../domain/lookup-keys.js';
import { ValidationError } from '../../errors.js';
import { createRouter, type AppDeps } from '../context.js';
import { messages } from '../pages/i18n/index.js';
import { renderPage } from '../pages/layout.js';
import { pageLocale } from '../pages/page-helpers.js';
import { renderErrorPage } from '../pages/render-error.js';

/** The return-trip parameters a partner receives (SDK `ApprovedReturnParams` / `DeniedReturnParams`); nothing else is relayed. */
const RETURN_PARAMETERS = ['success', 'error', 'error_description', 'installation_id', 'lookup_key', 'grant_id', 'state', 'iss', 'code', 'response'] as const;

export function embeddedReturnRoutes(deps: AppDeps) {
  const router = createRouter();

  router.get(EMBEDDED_RETURN_PATH, async (c) => {
    const query = new URL(c.req.url).searchParams;
    const m = messages(pageLocale(c, query));
    try {
      const key = parseLookupKey(query.get('lookup_key') ?? '');
      const group = key ? await deps.store.groups.findByLookupKey(key) : undefined;
      const origins = group ? await deps.store.groups.listEmbeddingOrigins(group.id) : [];
      if (!group || origins.length === 0) {
        throw new ValidationError([{ field: 'display', code: 'not_embeddable', message: 'This partner has registered no site that may embed its consent.' }]);
      }
      const params: Record<string, string> = {};
      for (const name of RETURN_PARAMETERS) {
        const value = query.get(name);
        if (value !== null) params[name] = value;
      }
      // Read by the frame script of the elements bundle (embedded/frame.ts); an attribute, not an
      // inline script, so the page's CSP keeps refusing inline code.
      const result = JSON.stringify(params);
      return await renderPage(c, {
        m,
        title: m.embedded.returning(group.name),
        frameAncestors: origins,
        partner: { name: group.name, logoUrl: group.logoUrl },
        body: html`<p role="status" data-gk-embedded-result="${result}">${m.embedded.returning(group.name)}</p>`,
      });
    } catch (error) {
      return renderErrorPage(c, m, error);
    }
  });

  return router;
}
