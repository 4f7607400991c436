/**
 * Acme Energy's webhook receiver, as a partner's backend would run it: served beside the demo
 * pages by Vite (dev server and `vite preview`), so `npm start` needs no third process.
 *
 * - On first use it registers itself as an endpoint of Acme's group on the platform (logging in
 *   as Acme's admin with the public demo password), replacing any endpoint an earlier start left
 *   at the same URL, and keeps the secret the platform shows once.
 * - `POST /partner/webhooks` verifies each delivery with `verifyWebhook` (`@grantkit/sdk/node`,
 *   Standard Webhooks: signature and timestamp) and keeps the last events in memory; a forged or
 *   replayed delivery is refused with 400, as any receiver should.
 * - `GET /partner/webhooks/events` lists them (newest first) for the partner's page, which shows
 *   its own access changing live (partner/live-events.ts).
 */
import type { IncomingMessage } from 'node:http';
import type { Connect, Plugin } from 'vite';
import { verifyWebhook, WebhookVerificationError } from '@grantkit/sdk/node';
import type { WebhookEvent } from '@grantkit/sdk';
import { DEMO_GROUPS, DEMO_PASSWORD } from '@grantkit/reference-server/demo-data';

export const WEBHOOK_PATH = '/partner/webhooks';
export const EVENTS_PATH = '/partner/webhooks/events';
const KEEP = 50;

interface Received {
  readonly id: string;
  readonly event: WebhookEvent;
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += (chunk as Buffer).toString();
  return body;
}

/** Logs in as Acme's admin and registers `url`, dropping endpoints an earlier start left there. */
async function register(serverUrl: string, url: string): Promise<string> {
  const origin = new URL(serverUrl).origin;
  const call = async (method: string, path: string, cookie: string, body?: unknown): Promise<Response> =>
    fetch(`${serverUrl}${path}`, {
      method,
      headers: { origin, cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const login = await call('POST', '/api/session', '', { email: 'admin@acme.example', password: DEMO_PASSWORD });
  if (!login.ok) throw new Error(`demo webhook receiver: login failed (${login.status})`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const group = DEMO_GROUPS.acme.id;
  const existing = (await (await call('GET', `/api/groups/${group}/webhooks?limit=100`, cookie)).json()) as { items?: { id: string; url: string }[] };
  for (const endpoint of existing.items ?? []) if (endpoint.url === url) await call('DELETE', `/api/webhooks/${endpoint.id}`, cookie);
  const created = await call('POST', `/api/groups/${group}/webhooks`, cookie, { url });
  if (created.status !== 201) throw new Error(`demo webhook receiver: registration failed (${created.status} ${await created.text()})`);
  return ((await created.json()) as { secret: string }).secret;
}

export function partnerWebhooksPlugin(serverUrl: string): Plugin {
  const received: Received[] = [];
  let secret: Promise<string> | undefined;
  const ensureRegistered = (demoOrigin: string): Promise<string> => {
    secret ??= register(serverUrl.replace(/\/+$/, ''), `${demoOrigin}${WEBHOOK_PATH}`).catch((error: unknown) => {
      secret = undefined; // try again on the next request
      throw error;
    });
    return secret;
  };
  const originOf = (req: IncomingMessage): string => `http://${req.headers.host ?? 'localhost'}`;

  const answer = (middlewares: Connect.Server): void => {
    middlewares.use(EVENTS_PATH, (req, res) => {
      res.setHeader('content-type', 'application/json');
      res.setHeader('cache-control', 'no-store');
      ensureRegistered(originOf(req)).then(
        () => res.end(JSON.stringify({ registered: true, events: received.map((r) => r.event) })),
        (error: unknown) => res.end(JSON.stringify({ registered: false, error: String(error), events: [] })),
      );
    });
    middlewares.use(WEBHOOK_PATH, (req, res, next) => {
      if (req.method !== 'POST' || (req.url ?? '/') !== '/') return next();
      void (async () => {
        try {
          const key = await (secret ?? Promise.reject(new Error('not registered')));
          const event = await verifyWebhook({ body: await readBody(req), headers: req.headers as Record<string, string> }, key);
          const id = String(req.headers['webhook-id']);
          // At least once: the same webhook-id twice is one event.
          if (!received.some((r) => r.id === id)) received.unshift({ id, event });
          received.splice(KEEP);
          res.statusCode = 204;
          res.end();
        } catch (error) {
          res.statusCode = 400;
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ error: error instanceof WebhookVerificationError ? error.code : 'not_registered' }));
        }
      })();
    });
  };
  return {
    name: 'grantkit-partner-webhooks',
    configureServer: (server) => answer(server.middlewares),
    configurePreviewServer: (server) => answer(server.middlewares),
  };
}
