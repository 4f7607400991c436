/**
 * @module domain/group-settings
 * A group's settings its admins change (the caller checked the role): the default permission
 * set, what an access-request link asks for when it names neither `permissions` nor
 * `authorization_details` (the whole catalogue unless changed). Recorded as an event.
 */
import type { Group } from './model/group.js';
import type { Store } from './model/store.js';
import type { User } from './model/user.js';
import { recordEvent } from './events.js';
import { normalisePermissions } from './permissions.js';

export async function setDefaultPermissions(
  store: Store,
  { group, user, permissions, now }: { group: Group; user: User; permissions: readonly string[]; now: Date },
): Promise<Group> {
  const previous = normalisePermissions(group.defaultPermissions);
  const next = normalisePermissions(permissions);
  if (next.join() === previous.join()) return group;
  return store.transaction(async (tx) => {
    const updated = (await tx.groups.setDefaultPermissions(group.id, next)) ?? group;
    await recordEvent(tx, {
      at: now,
      actorUserId: user.id,
      actorLabel: user.name,
      type: 'group.default_permissions_changed',
      groupId: group.id,
      subjectId: group.id,
      data: { previous_permissions: previous, permissions: next },
    });
    return updated;
  });
}
