/**
 * @module storage/member-store
 * Membership reads and the lock that serialises membership changes of one group (role changes,
 * removals, redemptions), so "keep at least one admin" and "merge roles" hold when several
 * server instances change one group at the same time. Writes use the group store's
 * upsertMember/removeMember.
 */
import type { Executor } from './executor.js';
import type { GroupMember } from '../domain/model/group.js';
import type { MemberStore } from '../domain/model/member.js';

export function createMemberStore(db: Executor): MemberStore {
  return {
    async lockGroup(groupId) {
      const rows = await db.query(`SELECT id FROM groups WHERE id = $1 AND deactivated_at IS NULL FOR NO KEY UPDATE`, [groupId]);
      return rows.length > 0;
    },
    async listRoles(groupId) {
      const rows = await db.query<{ user_id: string; roles: string[] }>(
        `SELECT user_id, roles FROM group_members WHERE group_id = $1 ORDER BY user_id`,
        [groupId],
      );
      return rows.map((r) => ({ userId: r.user_id, roles: r.roles }));
    },
    async findMember(groupId, userId) {
      const [r] = await db.query<{ group_id: string; user_id: string; email: string; name: string; roles: string[]; created_at: Date }>(
        `SELECT m.group_id, m.user_id, u.email, u.name, m.roles, m.created_at
           FROM group_members m JOIN users u ON u.id = m.user_id
          WHERE m.group_id = $1 AND m.user_id = $2 AND u.deleted_at IS NULL`,
        [groupId, userId],
      );
      return r && { groupId: r.group_id, userId: r.user_id, email: r.email, name: r.name, roles: r.roles, createdAt: r.created_at };
    },
  };
}
