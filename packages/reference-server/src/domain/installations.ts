/**
 * @module domain/installations
 * Changing an installation's settings: allowed by the access policy (`update_settings`), written
 * with its `installation.settings_changed` event in one transaction.
 */
import { requireInstallationFor, type TokenPrincipal } from './access-policy.js';
import { recordEvent } from './events.js';
import type { Installation } from './model/installation.js';
import type { Store } from './model/store.js';
import type { User } from './model/user.js';

/** A person (named in the audit) or a token (its client id is). */
export type SettingsActor = { readonly kind: 'user'; readonly user: Pick<User, 'id' | 'name'> } | { readonly kind: 'token'; readonly token: TokenPrincipal };

export async function changeInstallationSettings(
  store: Store,
  actor: SettingsActor,
  installationId: string,
  change: { readonly settings: Readonly<Record<string, unknown>>; readonly name?: string | undefined },
  now: Date,
): Promise<Installation> {
  const installation = await requireInstallationFor(store, actor, installationId, 'update_settings');
  const { settings, name } = change;
  return store.transaction(async (tx) => {
    const row = await tx.installations.updateSettings(installation.id, { ...settings }, name);
    await recordEvent(tx, {
      at: now,
      actorUserId: actor.kind === 'user' ? actor.user.id : null,
      actorLabel: actor.kind === 'user' ? actor.user.name : `token ${actor.token.clientId}`,
      type: 'installation.settings_changed',
      installationId: installation.id,
      groupId: actor.kind === 'token' ? actor.token.groupId : null,
      data: { changes: { ...settings, ...(name ? { name } : {}) }, ...(actor.kind === 'token' ? { client_id: actor.token.clientId } : {}) },
    });
    return row!;
  });
}
