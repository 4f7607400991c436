/**
 * @module http/routes/email-invitations
 * Accepting an emailed invitation: the JSON API (`GET /api/invitations/:token`,
 * `POST /api/invitations/:token/accept`) and the page the email links to
 * (`GET /invitations/:token`), which lets the person log in or create an account with the
 * invited address and accept, without any script. The token is a bearer secret: pages send
 * no referrer and are never cached.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { secured } from '../api-security.js';
import type { SecretPathParam } from '../access-log.js';
import type { Context } from 'hono';
import { html } from 'hono/html';
import { acceptInvitation, viewInvitation, type InvitationView } from '../../domain/email-invitations.js';
import { DomainError, UnauthenticatedError, ValidationError, invalid } from '../../errors.js';
import { hashPassword } from '../../security/passwords.js';
import type { User } from '../../domain/model/user.js';
import { clientAddress } from '../client-address.js';
import { createRouter, type AppEnv } from '../context.js';
import { endSession, loadSession, startSession } from '../middleware/session.js';
import { originCheck } from '../middleware/origin-check.js';
import { messages } from '../pages/i18n/index.js';
import { renderPage } from '../pages/layout.js';
import { problemResponses } from '../schemas.js';
import { authenticate } from '../../domain/authentication.js';
import { authenticationContext } from '../domain-contexts.js';
import { formFields, pageLocale } from '../pages/page-helpers.js';
import type { AppDeps } from '../context.js';
import { invitationPageStrings } from '../pages/email-invitation-strings.js';
import { json, jsonBody } from './partner-schemas.js';

/**
 * The token in these paths is a live bearer secret (the database keeps only its hash): the access
 * log writes `:token` instead (http/access-log.ts). The `/*` covers the accept path and typos.
 */
export const invitationTokenPaths: readonly SecretPathParam[] = [
  { path: '/api/invitations/:token/*', param: 'token' },
  { path: '/invitations/:token/*', param: 'token' },
];

const TokenParam = z.object({
  token: z.string().min(20).max(200).regex(/^[A-Za-z0-9_-]+$/).openapi({ param: { name: 'token', in: 'path' } }),
});

export const InvitationViewSchema = z
  .object({
    email: z.string(),
    first_name: z.string(),
    last_name: z.string(),
    role: z.enum(['admin', 'member']),
    purpose: z.enum(['partner_admin', 'member']),
    expires_at: z.string(),
    account_exists: z.boolean().openapi({ description: 'true: log in with this address; false: create an account' }),
    partner: z.object({ id: z.string().uuid(), name: z.string(), logo_url: z.string().nullable() }),
  })
  .openapi('InvitationView');

export const AcceptBody = z.object({ name: z.string().max(200).optional(), password: z.string().max(1024).optional() }).openapi('AcceptInvitation');

export const AcceptedSchema = z
  .object({
    group: z.object({ id: z.string().uuid(), name: z.string(), lookup_key: z.string(), logo_url: z.string().nullable() }),
    roles: z.array(z.string()),
    is_partner_admin: z.boolean(),
  })
  .openapi('InvitationAccepted');

const MIN_PASSWORD = 10;

const viewRoute = createRoute({
  operationId: 'getEmailInvitation',
  ...secured('none'),
  method: 'get',
  path: '/api/invitations/{token}',
  tags: ['Partners'],
  summary: 'What an invitation link offers (404 invitation_not_found, 409 invitation_used, 410 invitation_expired)',
  request: { params: TokenParam },
  responses: { 200: json(InvitationViewSchema, 'Invitation'), ...problemResponses(400, 404, 409, 410) },
});

const acceptRoute = createRoute({
  operationId: 'acceptEmailInvitation',
  ...secured('optionalCookie'),
  method: 'post',
  path: '/api/invitations/{token}/accept',
  tags: ['Partners'],
  summary: 'Accept as the logged-in user, or create the invited account ({name, password}) and accept',
  request: {
    params: TokenParam,
    body: { content: { 'application/json': { schema: AcceptBody } }, required: false },
  },
  responses: { 200: json(AcceptedSchema, 'Accepted; the session cookie is set for a new account'), ...problemResponses(400, 401, 403, 404, 409, 410) },
});

const viewJson = (v: InvitationView) => ({
  email: v.invitation.email,
  first_name: v.invitation.firstName,
  last_name: v.invitation.lastName,
  role: v.invitation.role,
  purpose: v.invitation.purpose,
  expires_at: v.invitation.expiresAt.toISOString(),
  account_exists: v.accountExists,
  partner: { id: v.partner.id, name: v.partner.name, logo_url: v.partner.logoUrl },
});

export function emailInvitationRoutes(deps: AppDeps) {
  const router = createRouter();
  const { store } = deps;

  /** Creates the invited account (the address is the invitation's; nobody picks another). */
  async function createInvitedAccount(c: Context<AppEnv>, view: InvitationView, name: string | undefined, password: string | undefined): Promise<User> {
    if (view.accountExists) throw new UnauthenticatedError(`An account for ${view.invitation.email} exists. Log in with it to accept.`);
    const errors = [];
    const fullName = (name ?? `${view.invitation.firstName} ${view.invitation.lastName}`).trim();
    if (!fullName) errors.push({ field: 'name', code: 'required', message: 'Enter your name.' });
    if (!password || password.length < MIN_PASSWORD) errors.push({ field: 'password', code: 'too_small', message: `Choose a password of at least ${MIN_PASSWORD} characters.` });
    if (errors.length) throw new ValidationError(errors);
    const user = await store.users.create({ email: view.invitation.email, name: fullName, passwordHash: await hashPassword(password!, deps.config.passwordCost) });
    await startSession(c, deps, user);
    return user;
  }

  const accepted = (r: Awaited<ReturnType<typeof acceptInvitation>>) => ({
    group: { id: r.partner.id, name: r.partner.name, lookup_key: r.partner.lookupKey, logo_url: r.partner.logoUrl },
    roles: r.roles,
    is_partner_admin: r.invitation.purpose === 'partner_admin',
  });

  router.openapi(viewRoute, async (c) => c.json(viewJson(await viewInvitation(store, c.req.valid('param').token, deps.clock())), 200));

  router.openapi(acceptRoute, async (c) => {
    const { token } = c.req.valid('param');
    const body = (c.req.header('content-type') ?? '').includes('json') ? c.req.valid('json') ?? {} : {};
    const view = await viewInvitation(store, token, deps.clock());
    const user = c.get('user') ?? (await createInvitedAccount(c, view, body.name, body.password));
    return c.json(accepted(await acceptInvitation(store, token, user, deps.clock())), 200);
  });

  // --- The page the email links to ------------------------------------------------------------
  router.use('/invitations/*', loadSession(deps));
  router.use('/invitations/*', originCheck(deps));

  /** The error page for a link that cannot be used, worded by code. */
  const refusal = (c: Context<AppEnv>, e: DomainError) => {
    const locale = pageLocale(c, new URL(c.req.url).searchParams);
    const t = invitationPageStrings[locale];
    return renderPage(c, {
      m: messages(locale),
      title: t.title,
      status: e.status,
      errorCode: e.code,
      body: html`<h1>${t.cannotUse}</h1><p role="alert">${t.errors[e.code] ?? e.message}</p>`,
    });
  };

  const page = async (c: Context<AppEnv>, status = 200, error?: string) => {
    const token = c.req.param('token') ?? '';
    const locale = pageLocale(c, new URL(c.req.url).searchParams);
    const t = invitationPageStrings[locale];
    let view: InvitationView;
    try {
      if (!/^[A-Za-z0-9_-]{20,200}$/.test(token)) throw new DomainError('invitation_not_found', 404, 'This invitation link is not valid.');
      view = await viewInvitation(store, token, deps.clock());
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      return refusal(c, e);
    }
    const { invitation, partner } = view;
    const user = c.get('user');
    const action = `/invitations/${token}${new URL(c.req.url).search}`;
    const role = t.role[invitation.purpose === 'partner_admin' ? 'partner_admin' : invitation.role];
    const expires = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(invitation.expiresAt) + ' UTC';
    let form;
    if (user && user.email.toLowerCase() === invitation.email.toLowerCase()) {
      form = html`<form method="post" action="${action}"><input type="hidden" name="action" value="accept">
<p>${t.loggedInAs(user.email)}</p>
<div class="actions"><button class="primary" type="submit">${t.accept}</button></div></form>`;
    } else if (user) {
      form = html`<p class="error" role="alert">${t.mismatch(invitation.email, user.email)}</p>
<form method="post" action="${action}"><input type="hidden" name="action" value="logout"><button type="submit">${t.logout}</button></form>`;
    } else if (view.accountExists) {
      form = html`<h2>${t.loginHeading}</h2><form method="post" action="${action}"><input type="hidden" name="action" value="login">
<label class="field" for="email">${t.email}</label><input id="email" type="email" value="${invitation.email}" readonly>
<label class="field" for="password">${t.password}</label><input id="password" name="password" type="password" autocomplete="current-password" required autofocus>
<div class="actions"><button class="primary" type="submit">${t.loginAccept}</button></div></form>`;
    } else {
      form = html`<h2>${t.createHeading}</h2><form method="post" action="${action}"><input type="hidden" name="action" value="register">
<label class="field" for="email">${t.email}</label><input id="email" type="email" value="${invitation.email}" readonly>
<label class="field" for="name">${t.name}</label><input id="name" name="name" type="text" autocomplete="name" required value="${`${invitation.firstName} ${invitation.lastName}`.trim()}">
<label class="field" for="password">${t.newPassword(MIN_PASSWORD)}</label><input id="password" name="password" type="password" autocomplete="new-password" minlength="${MIN_PASSWORD}" required>
<div class="actions"><button class="primary" type="submit">${t.createAccept}</button></div></form>`;
    }
    return renderPage(c, {
      m: messages(locale),
      title: t.join(partner.name),
      status,
      // The partner inviting stands beside the platform in the brand header.
      partner: { name: partner.name, logoUrl: partner.logoUrl },
      body: html`<h1>${t.join(partner.name)}</h1>
<p>${t.intro(role, partner.name, expires)}</p>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
${form}`,
    });
  };

  router.get('/invitations/:token', (c) => page(c));

  router.post('/invitations/:token', async (c) => {
    const token = c.req.param('token');
    const fields = await formFields(c);
    const locale = pageLocale(c, new URL(c.req.url).searchParams);
    const t = invitationPageStrings[locale];
    try {
      const view = await viewInvitation(store, token, deps.clock());
      let user = c.get('user');
      if (fields.action === 'logout') {
        await endSession(c, deps);
        return c.body(null, 303, { location: `/invitations/${token}${new URL(c.req.url).search}`, 'cache-control': 'no-store' });
      }
      if (!user && fields.action === 'login') {
        const found = await authenticate(authenticationContext(deps), view.invitation.email, fields.password ?? '', clientAddress(c, deps.config.trustedProxies));
        await startSession(c, deps, found);
        user = found;
      } else if (!user && fields.action === 'register') {
        user = await createInvitedAccount(c, view, fields.name, fields.password);
      }
      if (!user) throw invalid('action', 'invalid', 'Log in or create your account first.');
      const result = await acceptInvitation(store, token, user, deps.clock());
      const role = t.role[result.invitation.purpose === 'partner_admin' ? 'partner_admin' : result.roles.includes('admin') ? 'admin' : 'member'];
      return renderPage(c, {
        m: messages(locale),
        title: t.welcome(result.partner.name),
        body: html`<h1>${t.welcome(result.partner.name)}</h1>
<p data-testid="accepted">${t.nowRole(role, result.partner.name)}</p>
<p>${t.lookupKey} <code data-testid="lookup-key">${result.partner.lookupKey}</code></p>
<p><a href="/">${t.continue}</a></p>`,
      });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      // Account problems: the form again with the reason; link problems: the error page.
      if (['invalid_credentials', 'validation_failed', 'rate_limited', 'unauthenticated', 'invitation_email_mismatch'].includes(e.code)) {
        const passwordProblem = e instanceof ValidationError && e.errors.some((x) => x.field === 'password');
        const reason = passwordProblem ? t.errors.password! : (t.errors[e.code] ?? e.message);
        return page(c, e.status, reason);
      }
      return refusal(c, e);
    }
  });

  return router;
}
