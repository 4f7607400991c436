/**
 * @module domain/service-accounts
 * Rules for a group's service accounts (machine identities for client_credentials). The caller
 * (a route or the CLI) has already checked that the actor administers the group.
 *
 * - The secret is generated (256 bits) or a password the admin chose (minimum strength checked);
 *   it is returned once, by create or regenerate, and stored only as a hash.
 * - The data set is one installation the group holds an active grant on, or none (all of them).
 * - Its permission set (default: the whole catalogue) bounds its tokens' scopes: it acts within
 *   its group's grants intersected with that set.
 * - Regenerating can keep the old secret valid for a grace period; without one, and on a
 *   password change, tokens issued before the change stop working. Deleting ends its tokens.
 * - Every change is an audit event (never with the secret).
 */
import { ConflictError, invalid, NotFoundError } from '../errors.js';
import {
  generateClientId,
  generateClientSecret,
  hashChosenPassword,
  hashGeneratedSecret,
} from '../security/client-secrets.js';
import type { Page, PageRequest } from './model/page.js';
import type { ServiceAccount, ServiceAccountView } from './model/service-account.js';
import type { Store } from './model/store.js';
import { recordEvent } from './events.js';
import { GRANT_PERMISSIONS, normalisePermissions } from './permissions.js';

export interface Actor {
  /** null for the operator CLI. */
  readonly userId: string | null;
  readonly label: string;
}

export interface ServiceAccountContext {
  readonly store: Store;
  readonly now: Date;
  /** scrypt cost for chosen passwords (config.passwordCost). */
  readonly passwordCost: number;
}

export const NAME_MAX = 80;
export const GRACE_MAX_MINUTES = 7 * 24 * 60;
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

/**
 * Minimum strength of an admin-chosen password: at least 12 characters with three of lower
 * case, upper case, digits and symbols (or 20+ characters of anything), not mostly one
 * character, and not containing the account's name. Returns the problem, or null when fine.
 */
export function passwordWeakness(password: string, avoid: readonly string[] = []): string | null {
  if (password.length < PASSWORD_MIN) return `The password needs at least ${PASSWORD_MIN} characters.`;
  if (password.length > PASSWORD_MAX) return `The password can have at most ${PASSWORD_MAX} characters.`;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  if (password.length < 20 && classes < 3) {
    return 'Use three of: lower-case letters, upper-case letters, digits and symbols (or 20 characters or more).';
  }
  if (new Set(password).size < Math.min(8, Math.ceil(password.length / 2))) return 'The password repeats too few different characters.';
  const lower = password.toLowerCase();
  for (const word of avoid) {
    if (word.length >= 4 && lower.includes(word.toLowerCase())) return 'The password must not contain the account or group name.';
  }
  return null;
}

function checkName(raw: string): string {
  const name = raw.trim();
  if (!name) throw invalid('name', 'required', 'Give the service account a name.');
  if (name.length > NAME_MAX) throw invalid('name', 'too_long', `The name can have at most ${NAME_MAX} characters.`);
  return name;
}

async function checkPassword(ctx: ServiceAccountContext, password: string, name: string, groupId: string) {
  const group = await ctx.store.groups.findById(groupId);
  const weakness = passwordWeakness(password, [name, group?.name ?? '', group?.lookupKey ?? '']);
  if (weakness) throw invalid('password', 'weak_password', weakness);
  return hashChosenPassword(password, ctx.passwordCost);
}

async function requireAccount(ctx: ServiceAccountContext, groupId: string, id: string): Promise<ServiceAccount> {
  const account = await ctx.store.serviceAccounts.findInGroup(groupId, id);
  if (!account) throw new NotFoundError('service account', 'service_account_not_found');
  return account;
}

export interface CreateServiceAccountInput {
  readonly name: string;
  /** The data set: one installation the group has an active grant on. */
  readonly installationId?: string | null;
  /** A password the admin chose; omitted means a generated secret. */
  readonly password?: string | null;
  /** Its own permission set (known names; `installation:read` implied); omitted means the whole catalogue. */
  readonly permissions?: readonly string[] | null;
}

export interface CreatedServiceAccount {
  readonly account: ServiceAccount;
  /** The generated secret, shown once; null when the admin chose a password. */
  readonly clientSecret: string | null;
}

export async function createServiceAccount(
  ctx: ServiceAccountContext,
  actor: Actor,
  groupId: string,
  input: CreateServiceAccountInput,
): Promise<CreatedServiceAccount> {
  const name = checkName(input.name);
  const installationId = input.installationId ?? null;
  if (installationId !== null) {
    const granted = await ctx.store.grants.activeInstallationIds(groupId);
    if (!granted.includes(installationId)) {
      throw invalid('installation_id', 'not_granted', 'The data set must be an installation your group has been granted access to.');
    }
  }
  const chosen = input.password ?? null;
  const clientSecret = chosen === null ? generateClientSecret() : null;
  const secretHash = chosen === null ? hashGeneratedSecret(clientSecret!) : await checkPassword(ctx, chosen, name, groupId);
  const account = await ctx.store.transaction(async (tx) => {
    const created = await tx.serviceAccounts.create({
      groupId,
      name,
      clientId: generateClientId(),
      secretHash,
      secretKind: chosen === null ? 'generated' : 'password',
      installationId,
      permissions: normalisePermissions(input.permissions ?? GRANT_PERMISSIONS),
      createdBy: actor.userId,
      at: ctx.now,
    });
    if (!created) throw new ConflictError('service_account_name_taken', `The group already has a service account named "${name}".`);
    await recordEvent(tx, {
      at: ctx.now,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      type: 'service_account.created',
      groupId,
      installationId,
      subjectId: created.id,
      data: { name, client_id: created.clientId, secret_kind: created.secretKind, permissions: created.permissions },
    });
    return created;
  });
  return { account, clientSecret };
}

export async function listServiceAccounts(ctx: Pick<ServiceAccountContext, 'store'>, groupId: string, page: PageRequest): Promise<Page<ServiceAccountView>> {
  return ctx.store.serviceAccounts.pageForGroup(groupId, page);
}

export async function regenerateSecret(
  ctx: ServiceAccountContext,
  actor: Actor,
  groupId: string,
  id: string,
  { graceMinutes = 0 }: { graceMinutes?: number } = {},
): Promise<{ account: ServiceAccount; clientSecret: string }> {
  if (!Number.isInteger(graceMinutes) || graceMinutes < 0 || graceMinutes > GRACE_MAX_MINUTES) {
    throw invalid('grace_period_minutes', 'out_of_range', `The grace period is a whole number of minutes from 0 to ${GRACE_MAX_MINUTES}.`);
  }
  await requireAccount(ctx, groupId, id);
  const clientSecret = generateClientSecret();
  const account = await ctx.store.transaction(async (tx) => {
    const changed = await tx.serviceAccounts.changeSecret(id, {
      secretHash: hashGeneratedSecret(clientSecret),
      secretKind: 'generated',
      at: ctx.now,
      previousValidUntil: graceMinutes > 0 ? new Date(ctx.now.getTime() + graceMinutes * 60_000) : null,
    });
    if (!changed) throw new NotFoundError('service account', 'service_account_not_found');
    await recordEvent(tx, {
      at: ctx.now,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      type: 'service_account.secret_regenerated',
      groupId,
      subjectId: id,
      data: { name: changed.name, client_id: changed.clientId, grace_period_minutes: graceMinutes },
    });
    return changed;
  });
  return { account, clientSecret };
}

export async function changePassword(ctx: ServiceAccountContext, actor: Actor, groupId: string, id: string, password: string): Promise<ServiceAccount> {
  const existing = await requireAccount(ctx, groupId, id);
  const secretHash = await checkPassword(ctx, password, existing.name, groupId);
  return ctx.store.transaction(async (tx) => {
    const changed = await tx.serviceAccounts.changeSecret(id, { secretHash, secretKind: 'password', at: ctx.now, previousValidUntil: null });
    if (!changed) throw new NotFoundError('service account', 'service_account_not_found');
    await recordEvent(tx, {
      at: ctx.now,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      type: 'service_account.password_changed',
      groupId,
      subjectId: id,
      data: { name: changed.name, client_id: changed.clientId },
    });
    return changed;
  });
}

export async function deleteServiceAccount(ctx: Pick<ServiceAccountContext, 'store' | 'now'>, actor: Actor, groupId: string, id: string): Promise<void> {
  const existing = await ctx.store.serviceAccounts.findInGroup(groupId, id);
  if (!existing) throw new NotFoundError('service account', 'service_account_not_found');
  await ctx.store.transaction(async (tx) => {
    if (!(await tx.serviceAccounts.delete(id))) throw new NotFoundError('service account', 'service_account_not_found');
    await recordEvent(tx, {
      at: ctx.now,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      type: 'service_account.deleted',
      groupId,
      installationId: existing.installationId,
      subjectId: id,
      data: { name: existing.name, client_id: existing.clientId },
    });
  });
}
