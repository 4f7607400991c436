/**
 * @module domain/invitation-codes
 * Invitation codes (the ePortal flow): an admin of a group creates 1-10 equivalent codes valid
 * 1-90 days, each carrying roles; a logged-in user redeems one exactly once; admins list and
 * deactivate them. Every change is an audit event.
 */
import { randomBytes } from 'node:crypto';
import { isUuid } from '@grantkit/sdk/rules';
import { DomainError, ConflictError, NotFoundError, ValidationError, type FieldError } from '../errors.js';
import type { Group, GroupRole } from './model/group.js';
import type { PageRequest } from './model/page.js';
import { effectiveStatus, type InvitationCode, type InvitationCodeMode, type InvitationCodeStatus, type RedemptionOutcome } from './model/invitation-code.js';
import type { Store } from './model/store.js';
import type { User } from './model/user.js';
import { requireGroupAdmin } from './authorization.js';
import { rateLimitRule, type RateLimitPolicy } from '../security/rate-limit-policy.js';
import { consume } from './rate-limit.js';
import { hasAdminRole, mergeRoles, rolesToAdd, validateRoleSelection } from './roles.js';
import { recordEvent } from './events.js';

/** Limits of one batch (ePortal: "up to ten codes at once", "validity 1-90 days, 10 by default"). */
export const CODE_LIMITS = { minCount: 1, maxCount: 10, minDays: 1, maxDays: 90, defaultDays: 10 } as const;

/** A layout example for hints and messages (the seed shows one like it). */
export const CODE_EXAMPLE = '00u0a0aa-0000-0000-000a-00000000aa66';

/**
 * A fresh code: 128 bits from the CSPRNG written in the UUID layout. Not an RFC 9562 UUID (no
 * version or variant bits), so all 128 bits are random.
 */
export function generateCode(): string {
  const hex = randomBytes(16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Trims and lower-cases what the user typed; throws 400 `code_malformed` if it is not in the layout. */
export function normalizeCode(input: string): string {
  const code = input.trim().toLowerCase();
  // Codes use the UUID layout (the one UUID rule), stored and compared in lower case.
  if (!isUuid(code)) {
    throw new DomainError('code_malformed', 400, `Invitation codes have the layout ${CODE_EXAMPLE} (8-4-4-4-12 letters a-f and digits).`);
  }
  return code;
}

export const codeErrors = {
  unknown: () => new DomainError('code_unknown', 404, 'There is no invitation code like this. Check it for typos.'),
  used: () => new ConflictError('code_already_used', 'This invitation code has already been used. Each code works once; ask for a new one.'),
  deactivated: () => new DomainError('code_deactivated', 410, 'This invitation code was deactivated by an administrator. Ask for a new one.'),
  expired: (at: Date) =>
    new DomainError('code_expired', 410, `This invitation code expired on ${at.toISOString().slice(0, 10)}. Ask for a new one.`, {
      expired_at: at.toISOString(),
    }),
};

/** The error for a code that could not be claimed or deactivated, from its current row. */
export function unavailableError(code: InvitationCode | undefined, now: Date): DomainError {
  if (!code) return codeErrors.unknown();
  switch (effectiveStatus(code, now)) {
    case 'used':
      return codeErrors.used();
    case 'deactivated':
      return codeErrors.deactivated();
    case 'expired':
      return codeErrors.expired(code.expiresAt);
    case 'valid':
      // Claimable now but not a moment ago: only a race could get here; answer as used.
      return codeErrors.used();
  }
}

/** Checks count and validity; throws one `validation_failed` naming every bad field. */
export function validateBatch(count: number, validityDays: number): void {
  const errors: FieldError[] = [];
  if (!Number.isInteger(count) || count < CODE_LIMITS.minCount || count > CODE_LIMITS.maxCount) {
    errors.push({ field: 'count', code: 'out_of_range', message: `Create from ${CODE_LIMITS.minCount} to ${CODE_LIMITS.maxCount} codes at once.` });
  }
  if (!Number.isInteger(validityDays) || validityDays < CODE_LIMITS.minDays || validityDays > CODE_LIMITS.maxDays) {
    errors.push({
      field: 'validity_days',
      code: 'out_of_range',
      message: `Validity must be a whole number of days from ${CODE_LIMITS.minDays} to ${CODE_LIMITS.maxDays}.`,
    });
  }
  if (errors.length) throw new ValidationError(errors);
}

/** `2026-11-21` (UTC): the validity date as it is copied and shown. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/**
 * The text "copy all codes" puts on the clipboard: the group, the validity date and the codes
 * (ePortal §2.4: the application or partner and the validity date are copied with the codes).
 */
export function copyText(group: Pick<Group, 'name' | 'lookupKey'>, expiresAt: Date, codes: readonly string[]): string {
  const head = codes.length === 1 ? 'Invitation code' : 'Invitation codes';
  return [`${head} for ${group.name} (${group.lookupKey})`, `Valid until: ${isoDay(expiresAt)}`, '', ...codes].join('\n');
}

export interface CreatedBatch {
  readonly batchId: string;
  readonly group: Group;
  readonly roles: readonly GroupRole[];
  readonly expiresAt: Date;
  readonly codes: readonly InvitationCode[];
  readonly copyText: string;
}

export interface CreateCodesInput {
  readonly actor: User;
  readonly groupId: string;
  readonly count: number;
  readonly validityDays?: number | undefined;
  readonly roles: readonly string[];
  readonly now: Date;
}

/** Creates a batch of codes for a group the actor administers; all or nothing. */
export async function createInvitationCodes(store: Store, input: CreateCodesInput): Promise<CreatedBatch> {
  const { actor, groupId, count, now } = input;
  const validityDays = input.validityDays ?? CODE_LIMITS.defaultDays;
  const membership = await requireGroupAdmin(store, groupId, actor.id);
  validateBatch(count, validityDays);
  const catalogue = await store.groups.listRoles(groupId);
  const roles = validateRoleSelection(catalogue, input.roles);
  const mode: InvitationCodeMode = (await store.invitationCodes.isPartnerGroup(groupId)) ? 'partner' : 'group';
  const batchId = crypto.randomUUID();
  const expiresAt = new Date(now.getTime() + validityDays * 86_400_000);
  const codes = await store.transaction(async (tx) => {
    const created = await tx.invitationCodes.insertBatch(
      Array.from({ length: count }, () => ({
        id: crypto.randomUUID(),
        code: generateCode(),
        groupId,
        batchId,
        mode,
        roles,
        createdBy: actor.id,
        createdByName: actor.name,
        createdAt: now,
        expiresAt,
      })),
    );
    await recordEvent(tx, {
      at: now,
      actorUserId: actor.id,
      actorLabel: actor.name,
      type: 'invitation_code.created',
      groupId,
      subjectId: batchId,
      // Ids, not codes: the audit history is readable by more people than the codes are meant for.
      data: { batch_id: batchId, count, roles, expires_at: expiresAt.toISOString(), code_ids: created.map((c) => c.id) },
    });
    return created;
  });
  return {
    batchId,
    group: membership.group,
    roles: catalogue.filter((r) => roles.includes(r.key)),
    expiresAt,
    codes,
    copyText: copyText(membership.group, expiresAt, codes.map((c) => c.code)),
  };
}

export interface Redemption {
  readonly outcome: RedemptionOutcome;
  readonly group: Group;
  /** The membership's roles after redemption (merged with any it had). */
  readonly roles: readonly GroupRole[];
  /** The roles this code added (none for `already_member`). */
  readonly added: readonly string[];
  readonly isAdmin: boolean;
  readonly code: InvitationCode;
}

/**
 * Redeems a code for the logged-in user. One transaction: the group is locked (so membership
 * decisions in it are serialised), a member who already has every role of the code gets
 * `already_member` and the code stays valid for someone else (as an invitation to a
 * GitHub organisation you already belong to changes nothing); otherwise a conditional UPDATE
 * claims the code (only one caller can win, on any number of instances), roles are merged into
 * the membership and the audit event is written. Any error rolls everything back, so a refused
 * merge leaves the code valid.
 */
export async function redeemInvitationCode(
  store: Store,
  {
    user,
    code: input,
    address,
    now,
    limits,
  }: { user: User; code: string; address: string; now: Date; limits: Pick<RateLimitPolicy, 'redeemPerUser' | 'redeemPerAddress'> },
): Promise<Redemption> {
  await consume(store.rateLimits, [rateLimitRule(limits.redeemPerUser, user.id), rateLimitRule(limits.redeemPerAddress, address)], now);
  const code = normalizeCode(input);
  return store.transaction(async (tx) => {
    const found = await tx.invitationCodes.findByCode(code);
    if (!found || effectiveStatus(found, now) !== 'valid') throw unavailableError(found, now);
    // A deactivated group's codes are dead too (they read as unknown: the group no longer exists for users).
    if (!(await tx.members.lockGroup(found.groupId))) throw codeErrors.unknown();
    const group = (await tx.groups.findById(found.groupId))!;
    const catalogue = await tx.groups.listRoles(found.groupId);
    const existing = await tx.members.findMember(found.groupId, user.id);
    const added = rolesToAdd(catalogue, existing?.roles ?? [], found.roles);
    if (existing && added.length === 0) {
      const current = catalogue.filter((r) => existing.roles.includes(r.key));
      return { outcome: 'already_member', group, roles: current, added, isAdmin: hasAdminRole(catalogue, existing.roles), code: found };
    }
    const roles = mergeRoles(catalogue, existing?.roles ?? [], found.roles);
    const claimed = await tx.invitationCodes.claim(code, user, now);
    // Claimable a moment ago: only a concurrent redemption gets here.
    if (!claimed) throw unavailableError(await tx.invitationCodes.findByCode(code), now);
    await tx.groups.upsertMember(claimed.groupId, user.id, roles);
    await recordEvent(tx, {
      at: now,
      actorUserId: user.id,
      actorLabel: user.name,
      type: 'invitation_code.redeemed',
      groupId: claimed.groupId,
      subjectId: claimed.id,
      data: { code_id: claimed.id, batch_id: claimed.batchId, roles_added: added, roles, previous_roles: existing?.roles ?? null },
    });
    const roleInfo = catalogue.filter((r) => roles.includes(r.key));
    return { outcome: existing ? 'roles_added' : 'joined', group, roles: roleInfo, added, isAdmin: hasAdminRole(catalogue, roles), code: claimed };
  });
}

/** The code if the actor administers its group; 404 otherwise (no existence leak). */
async function requireCodeAdmin(store: Store, id: string, actor: User): Promise<InvitationCode> {
  const code = await store.invitationCodes.findById(id);
  const membership = code && (await store.groups.findMembership(code.groupId, actor.id));
  if (!code || !membership?.isAdmin) throw new NotFoundError('invitation code');
  return code;
}

/** Deactivates a valid code. Used, deactivated or expired codes cannot be (409/410, nothing changes). */
export async function deactivateInvitationCode(store: Store, { actor, id, now }: { actor: User; id: string; now: Date }): Promise<InvitationCode> {
  await requireCodeAdmin(store, id, actor);
  return store.transaction(async (tx) => {
    const done = await tx.invitationCodes.deactivate(id, actor.id, now);
    if (!done) throw unavailableError(await tx.invitationCodes.findById(id), now);
    await recordEvent(tx, {
      at: now,
      actorUserId: actor.id,
      actorLabel: actor.name,
      type: 'invitation_code.deactivated',
      groupId: done.groupId,
      subjectId: done.id,
      data: { code_id: done.id, batch_id: done.batchId },
    });
    return done;
  });
}

export const LIST_LIMITS = { defaultPageSize: 20, maxPageSize: 100 } as const;

export interface ListCodesInput {
  readonly actor: User;
  readonly groupId?: string | undefined;
  readonly status?: InvitationCodeStatus | undefined;
  readonly page: PageRequest;
  readonly now: Date;
}

/** The codes of every group the actor administers (or of one of them), newest first. */
export async function listInvitationCodes(store: Store, input: ListCodesInput) {
  const { actor, groupId, status, page, now } = input;
  let groupIds: string[];
  if (groupId) {
    await requireGroupAdmin(store, groupId, actor.id);
    groupIds = [groupId];
  } else {
    groupIds = (await store.groups.listMemberships(actor.id)).filter((m) => m.isAdmin).map((m) => m.group.id);
  }
  return store.invitationCodes.list({ groupIds, status, now, page });
}
