/**
 * @module domain/partners
 * Partner registration and maintenance by an organisation's account holders (the StackSpot
 * flow): register in steps (info, domains, admin) under a cap of active partners; change the
 * admin by a new invitation; link installations the account holder owns (grants); deactivate
 * only when no grant or service account remains, after an explicit confirmation — irreversibly.
 * Every change is an audit event.
 */
import { ConflictError, DomainError, NotFoundError, ValidationError, invalid, type FieldError } from '../errors.js';
import type { Partner, RemainingAccess } from './model/partner.js';
import type { OrganisationSummary } from './model/organisation.js';
import type { Store } from './model/store.js';
import type { User } from './model/user.js';
import type { EmailInvitation, InvitationRole } from './model/email-invitation.js';
import { requireInstallationFor } from './access-policy.js';
import { requireGroupAdmin } from './authorization.js';
import { normaliseDomains, requireEmailInDomains } from './email-domains.js';
import { createInvitation, PARTNER_ROLES } from './email-invitations.js';
import { generateUniqueLookupKey } from './lookup-keys.js';
import { checkLogo, type CheckedLogo } from './logo.js';
import { actorFields, type PartnerContext } from './partner-context.js';
import { GRANT_PERMISSIONS } from './permissions.js';
import { recordEvent } from './events.js';

export const NAME_MAX = 100;
export const PERSON_NAME_MAX = 100;

export interface AdminInput {
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
}

export interface RegistrationInput {
  readonly name: string;
  /** Raw logo bytes (already base64-decoded), or null for none. */
  readonly logo: Uint8Array | null;
  readonly domains: readonly string[];
  readonly admin: AdminInput;
}

/** Step 1, partner info: a name and an optional logo checked by its bytes. */
export function validateInfo(name: string, logo: Uint8Array | null): { name: string; logo: CheckedLogo | null } {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) throw invalid('name', 'required', 'Enter the partner’s name.');
  if (trimmed.length > NAME_MAX) throw invalid('name', 'too_big', `The name can have at most ${NAME_MAX} characters.`);
  return { name: trimmed, logo: logo ? checkLogo(logo) : null };
}

/** Step 3, the partner admin: first and last name, and an email in one of the domains. */
export function validateAdmin(admin: AdminInput, domains: readonly string[]): AdminInput {
  const errors: FieldError[] = [];
  const firstName = admin.firstName.trim();
  const lastName = admin.lastName.trim();
  if (!firstName) errors.push({ field: 'admin.first_name', code: 'required', message: 'Enter the admin’s first name.' });
  if (!lastName) errors.push({ field: 'admin.last_name', code: 'required', message: 'Enter the admin’s last name.' });
  if (firstName.length > PERSON_NAME_MAX || lastName.length > PERSON_NAME_MAX) {
    errors.push({ field: 'admin', code: 'too_big', message: `Names can have at most ${PERSON_NAME_MAX} characters.` });
  }
  if (errors.length) throw new ValidationError(errors);
  return { firstName, lastName, email: requireEmailInDomains(admin.email, domains, 'admin.email') };
}

/** The organisation when the user is one of its account holders; 404 otherwise (no existence leak). */
export async function requireAccountHolder(store: Store, organisationId: string, user: User): Promise<OrganisationSummary> {
  const organisation = await store.organisations.findById(organisationId);
  if (!organisation || !(await store.organisations.isAccountHolder(organisationId, user.id))) {
    throw new NotFoundError('organisation');
  }
  return organisation;
}

/** The partner when the user is an account holder of its organisation; 404 otherwise. */
export async function requirePartnerOfAccountHolder(store: Store, partnerId: string, user: User): Promise<{ partner: Partner; organisation: OrganisationSummary }> {
  const partner = await store.partners.findById(partnerId);
  if (!partner) throw new NotFoundError('partner');
  const organisation = await store.organisations.findById(partner.organisationId);
  if (!organisation || !(await store.organisations.isAccountHolder(organisation.id, user.id))) throw new NotFoundError('partner');
  return { partner, organisation };
}

const requireActive = (partner: Partner) => {
  if (partner.deactivatedAt) {
    throw new ConflictError('partner_deactivated', `${partner.name} was deactivated on ${partner.deactivatedAt.toISOString().slice(0, 10)}; nothing can be changed.`);
  }
};

export const partnerLimitReached = (limit: number) =>
  new ConflictError(
    'partner_limit_reached',
    `Your organisation already has ${limit} active partners, the most it may have. Deactivate a partner before adding another.`,
    { limit },
  );

/** Account holders of the partner's organisation, or admins of the (active) partner group. */
export async function requirePartnerViewer(store: Store, partnerId: string, user: User): Promise<Partner> {
  try {
    return (await requirePartnerOfAccountHolder(store, partnerId, user)).partner;
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    const partner = await store.partners.findById(partnerId);
    const membership = partner && !partner.deactivatedAt ? await store.groups.findMembership(partnerId, user.id) : undefined;
    if (!partner || !membership?.isAdmin) throw new NotFoundError('partner');
    return partner;
  }
}

/**
 * Registers a partner: a new group under the organisation with its own lookup key, the Admin /
 * Member role catalogue, the domains, the logo, and an admin invitation by email. The cap is
 * checked under a lock on the organisation row, so two registrations at once cannot exceed it.
 */
export async function registerPartner(
  ctx: PartnerContext,
  user: User,
  organisationId: string,
  input: RegistrationInput,
): Promise<{ partner: Partner; invitation: EmailInvitation }> {
  await requireAccountHolder(ctx.store, organisationId, user);
  const info = validateInfo(input.name, input.logo);
  const domains = normaliseDomains(input.domains);
  const admin = validateAdmin(input.admin, domains);
  const lookupKey = await generateUniqueLookupKey((k) => ctx.store.groups.lookupKeyExists(k));
  const id = crypto.randomUUID();

  const result = await ctx.store.transaction(async (tx) => {
    const organisation = await tx.organisations.lockById(organisationId);
    if (!organisation) throw new NotFoundError('organisation');
    if ((await tx.partners.countActive(organisationId)) >= organisation.partnerLimit) {
      throw partnerLimitReached(organisation.partnerLimit);
    }
    const logoUrl = info.logo ? `${ctx.publicUrl}/logos/${id}?v=${info.logo.sha256.slice(0, 12)}` : null;
    await tx.partners.create({ id, organisationId, name: info.name, lookupKey, logoUrl, domains, registeredBy: user.id });
    await tx.groups.setRoles(id, PARTNER_ROLES);
    if (info.logo) await tx.partners.setLogo(id, info.logo);
    const partner = (await tx.partners.findById(id))!;
    await recordEvent(tx, {
      ...actorFields(user),
      at: ctx.now,
      type: 'partner.registered',
      groupId: id,
      organisationId,
      subjectId: id,
      data: { name: info.name, lookup_key: lookupKey, domains, logo: Boolean(info.logo) },
    });
    const invitation = await createInvitation(ctx, tx, user, {
      partner,
      organisationName: organisation.name,
      email: admin.email,
      firstName: admin.firstName,
      lastName: admin.lastName,
      role: 'admin',
      purpose: 'partner_admin',
    });
    return { partner, invitation };
  });
  await ctx.mail.deliver(ctx.store.outbox);
  return result;
}

/**
 * Changes the partner admin: withdraws any pending admin invitation and sends a new one. The
 * current admin stays admin until the new person accepts.
 */
export async function changePartnerAdmin(ctx: PartnerContext, user: User, partnerId: string, admin: AdminInput): Promise<EmailInvitation> {
  const { partner, organisation } = await requirePartnerOfAccountHolder(ctx.store, partnerId, user);
  requireActive(partner);
  const checked = validateAdmin(admin, partner.domains);
  const invitation = await ctx.store.transaction(async (tx) => {
    await tx.emailInvitations.revokePending(partner.id, ctx.now, 'partner_admin');
    return createInvitation(ctx, tx, user, {
      partner,
      organisationName: organisation.name,
      email: checked.email,
      firstName: checked.firstName,
      lastName: checked.lastName,
      role: 'admin',
      purpose: 'partner_admin',
    });
  });
  await ctx.mail.deliver(ctx.store.outbox);
  return invitation;
}

/** A partner admin (any member with the Admin role) invites a person of the registered domains. */
export async function inviteMember(
  ctx: PartnerContext,
  user: User,
  partnerId: string,
  input: { email: string; role: InvitationRole; firstName?: string; lastName?: string },
): Promise<EmailInvitation> {
  const partner = await ctx.store.partners.findById(partnerId);
  if (!partner || partner.deactivatedAt) throw new NotFoundError('partner');
  await requireGroupAdmin(ctx.store, partnerId, user.id);
  const organisation = await ctx.store.organisations.findById(partner.organisationId);
  const invitation = await ctx.store.transaction((tx) =>
    createInvitation(ctx, tx, user, {
      partner,
      organisationName: organisation?.name ?? '',
      email: input.email,
      firstName: input.firstName?.trim() ?? '',
      lastName: input.lastName?.trim() ?? '',
      role: input.role,
      purpose: 'member',
    }),
  );
  await ctx.mail.deliver(ctx.store.outbox);
  return invitation;
}

/** Links an installation the account holder owns or administers to the partner (a grant). */
export async function linkInstallation(ctx: PartnerContext, user: User, partnerId: string, installationId: string) {
  const { partner } = await requirePartnerOfAccountHolder(ctx.store, partnerId, user);
  requireActive(partner);
  await requireInstallationFor(ctx.store, { kind: 'user', user }, installationId, 'manage');
  return ctx.store.transaction(async (tx) => {
    const { grant, created } = await tx.grants.upsertActive({
      groupId: partner.id,
      installationId,
      permissions: [...GRANT_PERMISSIONS],
      createdBy: user.id,
    });
    if (created) {
      await recordEvent(tx, {
        ...actorFields(user),
        at: ctx.now,
        type: 'grant.created',
        groupId: partner.id,
        organisationId: partner.organisationId,
        installationId,
        subjectId: grant.id,
        data: { grant_id: grant.id, via: 'partner_link', permissions: grant.permissions },
      });
    }
    return { grant: (await tx.grants.findById(grant.id))!, created };
  });
}

/** The explicit confirmation deactivation needs: the partner's exact name. */
export function confirmationMatches(partner: Partner, confirm: string): boolean {
  return confirm.trim().replace(/\s+/g, ' ').toLowerCase() === partner.name.toLowerCase();
}

export const partnerHasAccess = (partner: Partner, remaining: RemainingAccess) =>
  new ConflictError(
    'partner_has_access',
    `${partner.name} still has access: ${remaining.grants.length} installation grant(s) and ${remaining.serviceAccounts.length} service account(s). Revoke them first, then deactivate.`,
    {
      remaining: {
        grants: remaining.grants.map((g) => ({ id: g.id, installation_id: g.installationId, installation_name: g.installationName })),
        service_accounts: remaining.serviceAccounts.map((s) => ({ id: s.id, name: s.name })),
      },
    },
  );

/**
 * Deactivates a partner, irreversibly. Refused (409 partner_has_access, with what remains)
 * while any grant or service account exists; then refused without the confirmation. Inside one
 * transaction: sets deactivated_at (the lookup key stops resolving, memberships stop counting,
 * the token service refuses the group's tokens) and withdraws pending invitations.
 */
export async function deactivatePartner(ctx: PartnerContext, user: User, partnerId: string, confirm: string | undefined): Promise<Partner> {
  const { partner } = await requirePartnerOfAccountHolder(ctx.store, partnerId, user);
  requireActive(partner);
  return ctx.store.transaction(async (tx) => {
    // Lock the group row: concurrent deactivations serialise. A grant or account created in the
    // same instant would still give nothing: every access check requires an active group.
    await tx.partners.lockForDeactivation(partner.id);
    const remaining = await tx.partners.remainingAccess(partner.id);
    if (remaining.grants.length || remaining.serviceAccounts.length) throw partnerHasAccess(partner, remaining);
    if (!confirm || !confirmationMatches(partner, confirm)) {
      throw new DomainError('confirmation_required', 400, `Type the partner’s name, "${partner.name}", to confirm. Deactivation cannot be undone.`, {
        field: 'confirm',
      });
    }
    if (!(await tx.partners.deactivate(partner.id, ctx.now))) requireActive(partner);
    const withdrawn = await tx.emailInvitations.revokePending(partner.id, ctx.now);
    await recordEvent(tx, {
      ...actorFields(user),
      at: ctx.now,
      type: 'partner.deactivated',
      groupId: partner.id,
      organisationId: partner.organisationId,
      subjectId: partner.id,
      data: { name: partner.name, lookup_key: partner.lookupKey, invitations_withdrawn: withdrawn },
    });
    return (await tx.partners.findById(partner.id))!;
  });
}
