/**
 * @module http/routes/organisations
 * Account holders: their organisations, the partner list, step validation and registration.
 * Registration takes the whole form in one JSON POST (logo as base64 or a data: URL); the
 * validate endpoint checks one step so a wizard can stop at the first mistake.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { secured } from '../api-security.js';
import type { BodyLimitRoute } from '../middleware/body-limit.js';
import { normaliseDomains } from '../../domain/email-domains.js';
import { decodeBase64Logo, MAX_LOGO_BYTES } from '../../domain/logo.js';
import { partnerLimitReached, registerPartner, requireAccountHolder, validateAdmin, validateInfo } from '../../domain/partners.js';
import { DomainError } from '../../errors.js';
import { errorForPath } from '../page-paths.js';
import { createRouter } from '../context.js';
import { requireUser } from '../middleware/session.js';
import { encodeCursor, nextCursorSchema, pageQuery, pageRequest, toWirePage } from '../paging.js';
import { IdParam, problemResponses } from '../schemas.js';
import type { AppDeps } from '../context.js';
import { partnerContext } from '../domain-contexts.js';
import {
  AdminSchema,
  json,
  jsonBody,
  OrganisationSchema,
  PartnerInvitationSchema,
  PartnerSchema,
  toInvitationJson,
  toOrganisationJson,
  toPartnerJson,
} from './partner-schemas.js';

/** A base64 logo is 4/3 of its bytes; leave room for the rest of the form. */
const REGISTRATION_BODY_LIMIT = Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 64 * 1024;

export const RegistrationSchema = z
  .object({
    name: z.string().max(500).openapi({ example: 'Fjord Installers AS' }),
    logo: z.string().nullable().optional().openapi({ description: `PNG, JPEG or WebP, base64 or a data: URL, at most ${MAX_LOGO_BYTES / 1024} KB` }),
    domains: z.array(z.string().max(300)).max(50).openapi({ example: ['fjord-installers.no'] }),
    admin: AdminSchema,
  })
  .openapi('PartnerRegistration');

export const ValidateSchema = z
  .object({
    step: z.enum(['info', 'domains', 'admin', 'review']),
    name: z.string().max(500).optional(),
    logo: z.string().nullable().optional(),
    domains: z.array(z.string().max(300)).max(50).optional(),
    admin: AdminSchema.optional(),
  })
  .openapi('PartnerRegistrationStep');

export const OrganisationListSchema = z.object({ items: z.array(OrganisationSchema), next_cursor: nextCursorSchema }).openapi('OrganisationList');

export const PartnerListSchema = z
  .object({
    items: z.array(PartnerSchema),
    next_cursor: nextCursorSchema,
    limit: z.number().int().openapi({ description: 'Most active partners allowed' }),
    active: z.number().int().openapi({ description: 'Active partners now (every page)' }),
  })
  .openapi('PartnerList');

const listOrganisationsRoute = createRoute({
  operationId: 'listOrganisations',
  ...secured('cookie'),
  method: 'get',
  path: '/api/organisations',
  tags: ['Partners'],
  summary: 'Organisations I am an account holder of, by name (then id), paged',
  request: { query: z.object(pageQuery()) },
  responses: { 200: json(OrganisationListSchema, 'Organisations'), ...problemResponses(400, 401) },
});

const getOrganisationRoute = createRoute({
  operationId: 'getOrganisation',
  ...secured('cookie'),
  method: 'get',
  path: '/api/organisations/{id}',
  tags: ['Partners'],
  summary: 'One organisation (account holders)',
  request: { params: IdParam },
  responses: { 200: json(OrganisationSchema, 'Organisation'), ...problemResponses(401, 404) },
});

const listPartnersRoute = createRoute({
  operationId: 'listPartners',
  ...secured('cookie'),
  method: 'get',
  path: '/api/organisations/{id}/partners',
  tags: ['Partners'],
  summary: 'The organisation’s partners, active first, then by name (then id), paged',
  request: { params: IdParam, query: z.object(pageQuery()) },
  responses: { 200: json(PartnerListSchema, 'Partners'), ...problemResponses(400, 401, 404) },
});

const validateRoute = createRoute({
  operationId: 'validatePartnerStep',
  ...secured('cookie'),
  method: 'post',
  path: '/api/organisations/{id}/partners/validate',
  tags: ['Partners'],
  summary: 'Check one registration step (info, domains, admin, review) without saving anything',
  request: { params: IdParam, body: jsonBody(ValidateSchema) },
  responses: {
    200: json(z.object({ valid: z.literal(true), domains: z.array(z.string()).optional(), name: z.string().optional() }), 'The step is valid (with normalised values)'),
    ...problemResponses(400, 401, 404, 409, 413, 415, 422),
  },
});

const registerRoute = createRoute({
  operationId: 'registerPartner',
  ...secured('cookie'),
  method: 'post',
  path: '/api/organisations/{id}/partners',
  tags: ['Partners'],
  summary: 'Register a partner and email its admin an invitation ("Add partner")',
  request: { params: IdParam, body: jsonBody(RegistrationSchema) },
  responses: {
    201: json(z.object({ partner: PartnerSchema, invitation: PartnerInvitationSchema }), 'Registered'),
    ...problemResponses(400, 401, 404, 409, 413, 415, 422),
  },
});

/** Registration carries a base64 logo: its body may be larger than the default (http/middleware/body-limit.ts). */
export const partnerRegistrationBodyLimits: readonly BodyLimitRoute[] = ['/api/organisations/:id/partners', '/api/organisations/:id/partners/validate'].map((path) => ({
  path,
  maxSize: REGISTRATION_BODY_LIMIT,
  // Answered, not thrown: the body limit marks its answer as closing the connection.
  tooLarge: (c) =>
    errorForPath(c, new DomainError('logo_too_large', 413, `The request is too large. The logo can be at most ${MAX_LOGO_BYTES / 1024} KB.`, { field: 'logo', max_bytes: MAX_LOGO_BYTES })),
}));

export function organisationRoutes(deps: AppDeps) {
  const router = createRouter();
  const { store } = deps;

  router.openapi(listOrganisationsRoute, async (c) => {
    const user = requireUser(c);
    const page = await store.organisations.listForAccountHolder(user.id, pageRequest(c.req.valid('query'), 2));
    return c.json(toWirePage(page, toOrganisationJson), 200);
  });

  router.openapi(getOrganisationRoute, async (c) => {
    const user = requireUser(c);
    return c.json(toOrganisationJson(await requireAccountHolder(store, c.req.valid('param').id, user)), 200);
  });

  router.openapi(listPartnersRoute, async (c) => {
    const user = requireUser(c);
    const organisation = await requireAccountHolder(store, c.req.valid('param').id, user);
    const now = deps.clock();
    const page = await store.partners.listForOrganisation(organisation.id, pageRequest(c.req.valid('query'), 3));
    const items = await Promise.all(
      page.items.map(async (p) => toPartnerJson(p, p.deactivatedAt ? undefined : await store.emailInvitations.findPendingAdmin(p.id, now), now)),
    );
    return c.json({ items, next_cursor: page.nextAfter ? encodeCursor(page.nextAfter) : null, limit: organisation.partnerLimit, active: organisation.activePartners }, 200);
  });

  router.openapi(validateRoute, async (c) => {
    const user = requireUser(c);
    const organisation = await requireAccountHolder(store, c.req.valid('param').id, user);
    // Say so at the first step rather than after the whole form.
    if (organisation.activePartners >= organisation.partnerLimit) throw partnerLimitReached(organisation.partnerLimit);
    const body = c.req.valid('json');
    const steps = body.step === 'review' ? ['info', 'domains', 'admin'] : [body.step];
    let name: string | undefined;
    let domains: string[] | undefined;
    if (steps.includes('info')) {
      name = validateInfo(body.name ?? '', body.logo ? decodeBase64Logo(body.logo) : null).name;
    }
    if (steps.includes('domains') || steps.includes('admin')) domains = normaliseDomains(body.domains ?? []);
    if (steps.includes('admin')) {
      if (!body.admin) throw new DomainError('validation_failed', 400, 'Enter the admin’s first name, last name and email.', { errors: [{ field: 'admin', code: 'required', message: 'Enter the admin.' }] });
      validateAdmin({ firstName: body.admin.first_name, lastName: body.admin.last_name, email: body.admin.email }, domains ?? []);
    }
    return c.json({ valid: true as const, ...(name ? { name } : {}), ...(domains ? { domains } : {}) }, 200);
  });


  router.openapi(registerRoute, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const ctx = partnerContext(deps, c);
    const { partner, invitation } = await registerPartner(ctx, user, id, {
      name: body.name,
      logo: body.logo ? decodeBase64Logo(body.logo) : null,
      domains: body.domains,
      admin: { firstName: body.admin.first_name, lastName: body.admin.last_name, email: body.admin.email },
    });
    c.get('log').info('partner registered', { partner_id: partner.id, organisation_id: id });
    return c.json({ partner: toPartnerJson(partner, invitation, ctx.now), invitation: toInvitationJson(invitation, ctx.now) }, 201);
  });

  return router;
}
