/**
 * @module domain/email-invitations
 * Email invitations to a partner: a single-use link (256-bit token, only its SHA-256 stored),
 * expiring after `invitationTtlHours`. Accepting it — logged in as, or creating, the invited
 * address — adds the person to the partner's group; an admin invitation also makes them THE
 * partner admin (the first person invited is the admin; a later one replaces the previous admin).
 */
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from '../errors.js';
import { randomToken, sha256 } from '../security/random.js';
import type { EmailInvitation, InvitationPurpose, InvitationRole } from './model/email-invitation.js';
import type { Partner } from './model/partner.js';
import type { Store } from './model/store.js';
import type { User } from './model/user.js';
import { actorFields, type PartnerContext } from './partner-context.js';
import { requireEmailInDomains } from './email-domains.js';
import { recordEvent } from './events.js';

/** The partner role catalogue: Admin invites and uses the products; Member uses the products. */
export const PARTNER_ROLES = [
  { key: 'admin', name: 'Admin', kind: 'admin', exclusive: false },
  { key: 'member', name: 'Member', kind: 'user', exclusive: false },
] as const;

/** Group roles a person gets from an invitation role: an Admin also uses the products. */
export const rolesFor = (role: InvitationRole): string[] => (role === 'admin' ? ['admin', 'member'] : ['member']);

export const invitationErrors = {
  notFound: () => new NotFoundError('invitation', 'invitation_not_found'),
  used: () => new ConflictError('invitation_used', 'This invitation link has already been used. Ask for a new invitation if you still need access.'),
  expired: () => new DomainError('invitation_expired', 410, 'This invitation link has expired. Ask the sender for a new invitation.'),
  revoked: () => new DomainError('invitation_revoked', 410, 'This invitation was replaced by a newer one or withdrawn. Use the latest invitation email.'),
};

/** Why an invitation cannot be used at `now`, as the error to throw; undefined when usable. */
export function invitationProblem(i: EmailInvitation, now: Date): DomainError | undefined {
  if (i.usedAt) return invitationErrors.used();
  if (i.revokedAt) return invitationErrors.revoked();
  if (i.expiresAt.getTime() <= now.getTime()) return invitationErrors.expired();
  return undefined;
}

export interface SendInvitationInput {
  readonly partner: Partner;
  readonly organisationName: string;
  readonly email: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly role: InvitationRole;
  readonly purpose: InvitationPurpose;
}

/**
 * Creates the invitation and queues its email in the caller's transaction (`tx`). The address
 * must be in the partner's domains. Returns the invitation (the token itself only goes into the email).
 */
export async function createInvitation(
  ctx: PartnerContext,
  tx: Store,
  actor: User,
  input: SendInvitationInput,
): Promise<EmailInvitation> {
  const email = requireEmailInDomains(input.email, input.partner.domains);
  const token = randomToken();
  const invitation = await tx.emailInvitations.create({
    tokenHash: sha256(token),
    groupId: input.partner.id,
    email,
    firstName: input.firstName ?? '',
    lastName: input.lastName ?? '',
    role: input.role,
    purpose: input.purpose,
    invitedBy: actor.id,
    createdAt: ctx.now,
    expiresAt: new Date(ctx.now.getTime() + ctx.invitationTtlHours * 3600_000),
  });
  await ctx.mail.queue(
    tx.outbox,
    {
      to: email,
      firstName: invitation.firstName,
      partnerName: input.partner.name,
      organisationName: input.organisationName,
      role: input.role,
      purpose: input.purpose,
      link: `${ctx.publicUrl}/invitations/${token}`,
      expiresAt: invitation.expiresAt,
      ...(ctx.locale ? { locale: ctx.locale } : {}),
    },
    { at: ctx.now, groupId: input.partner.id },
  );
  await recordEvent(tx, {
    ...actorFields(actor),
    at: ctx.now,
    type: input.purpose === 'partner_admin' ? 'partner.admin_invited' : 'partner.member_invited',
    groupId: input.partner.id,
    organisationId: input.partner.organisationId,
    subjectId: invitation.id,
    data: { email, role: input.role },
  });
  return invitation;
}

/** What the invitation page shows before acceptance. */
export interface InvitationView {
  readonly invitation: EmailInvitation;
  readonly partner: Partner;
  /** Whether an account with the invited address exists (log in) or not (create one). */
  readonly accountExists: boolean;
}

/** Looks up a link's invitation; 404 for unknown tokens and deactivated partners, 409/410 for used/expired. */
export async function viewInvitation(store: Store, token: string, now: Date): Promise<InvitationView> {
  const invitation = await store.emailInvitations.findByTokenHash(sha256(token));
  if (!invitation) throw invitationErrors.notFound();
  const partner = await store.partners.findById(invitation.groupId);
  if (!partner || partner.deactivatedAt) throw invitationErrors.notFound();
  const problem = invitationProblem(invitation, now);
  if (problem) throw problem;
  return { invitation, partner, accountExists: Boolean(await store.users.findByEmail(invitation.email)) };
}

/**
 * Accepts the invitation for `user`, whose address must be the invited one (the link is a
 * bearer secret, but membership follows the address the partner's domains vouch for).
 * The use is claimed in one conditional UPDATE inside the transaction, so it happens once.
 */
export async function acceptInvitation(store: Store, token: string, user: User, now: Date): Promise<{ partner: Partner; invitation: EmailInvitation; roles: string[] }> {
  return store.transaction(async (tx) => {
    const found = await tx.emailInvitations.findByTokenHash(sha256(token));
    if (!found) throw invitationErrors.notFound();
    const partner = await tx.partners.findById(found.groupId);
    if (!partner || partner.deactivatedAt) throw invitationErrors.notFound();
    if (found.email.toLowerCase() !== user.email.toLowerCase()) {
      throw new ForbiddenError(
        'invitation_email_mismatch',
        `This invitation is for ${found.email}, but you are logged in as ${user.email}. Log out and use the invited address.`,
      );
    }
    const invitation = await tx.emailInvitations.consume(found.id, user.id, now);
    if (!invitation) throw invitationProblem(found, now) ?? invitationErrors.used();

    const existing = await tx.groups.findMembership(partner.id, user.id);
    const roles = [...new Set([...(existing?.roles ?? []), ...rolesFor(invitation.role)])];
    await tx.groups.upsertMember(partner.id, user.id, roles);
    if (invitation.purpose === 'partner_admin') {
      const previous = partner.admin;
      // The previous admin stays a member who uses the products, but no longer administers.
      if (previous && previous.userId !== user.id) {
        const prev = await tx.groups.findMembership(partner.id, previous.userId);
        if (prev) await tx.groups.upsertMember(partner.id, previous.userId, prev.roles.filter((r) => r !== 'admin').concat(prev.roles.includes('member') ? [] : ['member']));
      }
      await tx.partners.setAdmin(partner.id, user.id);
      await recordEvent(tx, {
        ...actorFields(user),
        at: now,
        type: 'partner.admin_changed',
        groupId: partner.id,
        organisationId: partner.organisationId,
        subjectId: user.id,
        data: { previous_admin_user_id: previous?.userId ?? null, admin_email: user.email },
      });
    }
    await recordEvent(tx, {
      ...actorFields(user),
      at: now,
      type: 'partner.invitation_accepted',
      groupId: partner.id,
      organisationId: partner.organisationId,
      subjectId: invitation.id,
      data: { email: user.email, roles },
    });
    return { partner: (await tx.partners.findById(partner.id))!, invitation, roles };
  });
}
