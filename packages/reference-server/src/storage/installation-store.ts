/**
 * @module storage/installation-store
 * Installations (sites with chargers), the people who own or administer them, and the sample
 * platform data behind the API: chargers and charging history.
 */
import type { Executor } from './executor.js';

export interface Installation {
  readonly id: string;
  readonly name: string;
  readonly address: string;
  readonly settings: Readonly<Record<string, unknown>>;
  readonly createdAt: Date;
}

export interface Charger {
  readonly id: string;
  readonly name: string;
  readonly serial: string;
  readonly maxCurrentA: number;
}

export interface ChargingSession {
  readonly id: string;
  readonly chargerId: string;
  readonly startedAt: Date;
  readonly endedAt: Date | null;
  readonly energyKwh: number;
}

export type InstallationRole = 'owner' | 'admin';

export interface InstallationUser {
  readonly userId: string;
  readonly email: string;
  readonly name: string;
  readonly role: InstallationRole;
  readonly since: Date;
  readonly grantedBy: { readonly id: string; readonly name: string } | null;
}

interface InstallationRow {
  id: string;
  name: string;
  address: string;
  settings: Record<string, unknown>;
  created_at: Date;
}

const toInstallation = (r: InstallationRow): Installation => ({
  id: r.id,
  name: r.name,
  address: r.address,
  settings: r.settings,
  createdAt: r.created_at,
});

export interface InstallationStore {
  create(i: { id?: string; name: string; address?: string; settings?: Record<string, unknown> }): Promise<Installation>;
  findById(id: string): Promise<Installation | undefined>;
  /** These installations, by name; unknown ids are skipped. */
  listByIds(ids: readonly string[]): Promise<Installation[]>;
  addUser(installationId: string, userId: string, role: InstallationRole, grantedBy?: string | null): Promise<void>;
  /** The user's own role (owner/admin) on the installation, if any. */
  userRole(installationId: string, userId: string): Promise<InstallationRole | undefined>;
  /** Installations the user owns or administers. */
  listOwnedOrAdministered(userId: string): Promise<(Installation & { role: InstallationRole })[]>;
  /** Installations reachable through an active grant to one of the user's active groups. */
  listViaGroups(userId: string): Promise<(Installation & { groupId: string })[]>;
  /** True when the user is owner/admin, or a member of an active group with an active grant on it. */
  userCanAccess(installationId: string, userId: string): Promise<boolean>;
  listUsers(installationId: string): Promise<InstallationUser[]>;
  updateSettings(id: string, settings: Record<string, unknown>, name?: string): Promise<Installation | undefined>;
  addCharger(installationId: string, c: { id?: string; name: string; serial: string; maxCurrentA?: number }): Promise<Charger>;
  listChargers(installationId: string): Promise<Charger[]>;
  addChargingSession(installationId: string, s: { chargerId: string; startedAt: Date; endedAt: Date | null; energyKwh: number }): Promise<void>;
  listChargingHistory(installationId: string, limit?: number): Promise<ChargingSession[]>;
}

export function createInstallationStore(db: Executor): InstallationStore {
  return {
    async create({ id = crypto.randomUUID(), name, address = '', settings = {} }) {
      const [row] = await db.query<InstallationRow>(
        `INSERT INTO installations (id, name, address, settings) VALUES ($1, $2, $3, $4) RETURNING *`,
        [id, name, address, settings],
      );
      return toInstallation(row!);
    },
    async findById(id) {
      const [row] = await db.query<InstallationRow>(`SELECT * FROM installations WHERE id = $1`, [id]);
      return row && toInstallation(row);
    },
    async listByIds(ids) {
      if (ids.length === 0) return [];
      const rows = await db.query<InstallationRow>(`SELECT * FROM installations WHERE id = ANY($1::uuid[]) ORDER BY lower(name), id`, [ids]);
      return rows.map(toInstallation);
    },
    async addUser(installationId, userId, role, grantedBy = null) {
      await db.query(
        `INSERT INTO installation_users (installation_id, user_id, role, granted_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (installation_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
        [installationId, userId, role, grantedBy],
      );
    },
    async userRole(installationId, userId) {
      const [row] = await db.query<{ role: InstallationRole }>(
        `SELECT role FROM installation_users WHERE installation_id = $1 AND user_id = $2`,
        [installationId, userId],
      );
      return row?.role;
    },
    async listOwnedOrAdministered(userId) {
      const rows = await db.query<InstallationRow & { role: InstallationRole }>(
        `SELECT i.*, iu.role FROM installation_users iu JOIN installations i ON i.id = iu.installation_id
          WHERE iu.user_id = $1 ORDER BY lower(i.name)`,
        [userId],
      );
      return rows.map((r) => ({ ...toInstallation(r), role: r.role }));
    },
    async listViaGroups(userId) {
      const rows = await db.query<InstallationRow & { group_id: string }>(
        `SELECT DISTINCT ON (i.id) i.*, gr.group_id
           FROM grants gr
           JOIN group_members m ON m.group_id = gr.group_id AND m.user_id = $1
           JOIN groups g ON g.id = gr.group_id AND g.deactivated_at IS NULL
           JOIN installations i ON i.id = gr.installation_id
          WHERE gr.revoked_at IS NULL
          ORDER BY i.id`,
        [userId],
      );
      return rows.map((r) => ({ ...toInstallation(r), groupId: r.group_id }));
    },
    async userCanAccess(installationId, userId) {
      const rows = await db.query(
        `SELECT 1 FROM installation_users WHERE installation_id = $1 AND user_id = $2
         UNION ALL
         SELECT 1 FROM grants gr
           JOIN group_members m ON m.group_id = gr.group_id AND m.user_id = $2
           JOIN groups g ON g.id = gr.group_id AND g.deactivated_at IS NULL
          WHERE gr.installation_id = $1 AND gr.revoked_at IS NULL
         LIMIT 1`,
        [installationId, userId],
      );
      return rows.length > 0;
    },
    async listUsers(installationId) {
      const rows = await db.query<{
        user_id: string;
        email: string;
        name: string;
        role: InstallationRole;
        created_at: Date;
        granted_by_id: string | null;
        granted_by_name: string | null;
      }>(
        `SELECT iu.user_id, u.email, u.name, iu.role, iu.created_at, gb.id AS granted_by_id, gb.name AS granted_by_name
           FROM installation_users iu
           JOIN users u ON u.id = iu.user_id
           LEFT JOIN users gb ON gb.id = iu.granted_by
          WHERE iu.installation_id = $1
          ORDER BY iu.role DESC, iu.created_at`,
        [installationId],
      );
      return rows.map((r) => ({
        userId: r.user_id,
        email: r.email,
        name: r.name,
        role: r.role,
        since: r.created_at,
        grantedBy: r.granted_by_id ? { id: r.granted_by_id, name: r.granted_by_name ?? '' } : null,
      }));
    },
    async updateSettings(id, settings, name) {
      const [row] = await db.query<InstallationRow>(
        `UPDATE installations SET settings = settings || $2::jsonb, name = COALESCE($3, name) WHERE id = $1 RETURNING *`,
        [id, settings, name ?? null],
      );
      return row && toInstallation(row);
    },
    async addCharger(installationId, { id = crypto.randomUUID(), name, serial, maxCurrentA = 32 }) {
      await db.query(`INSERT INTO chargers (id, installation_id, name, serial, max_current_a) VALUES ($1, $2, $3, $4, $5)`, [
        id,
        installationId,
        name,
        serial,
        maxCurrentA,
      ]);
      return { id, name, serial, maxCurrentA };
    },
    async listChargers(installationId) {
      const rows = await db.query<{ id: string; name: string; serial: string; max_current_a: number }>(
        `SELECT id, name, serial, max_current_a FROM chargers WHERE installation_id = $1 ORDER BY name`,
        [installationId],
      );
      return rows.map((r) => ({ id: r.id, name: r.name, serial: r.serial, maxCurrentA: r.max_current_a }));
    },
    async addChargingSession(installationId, { chargerId, startedAt, endedAt, energyKwh }) {
      await db.query(
        `INSERT INTO charging_sessions (id, installation_id, charger_id, started_at, ended_at, energy_kwh) VALUES ($1, $2, $3, $4, $5, $6)`,
        [crypto.randomUUID(), installationId, chargerId, startedAt, endedAt, energyKwh],
      );
    },
    async listChargingHistory(installationId, limit = 100) {
      const rows = await db.query<{ id: string; charger_id: string; started_at: Date; ended_at: Date | null; energy_kwh: number }>(
        `SELECT id, charger_id, started_at, ended_at, energy_kwh FROM charging_sessions
          WHERE installation_id = $1 ORDER BY started_at DESC LIMIT $2`,
        [installationId, limit],
      );
      return rows.map((r) => ({ id: r.id, chargerId: r.charger_id, startedAt: r.started_at, endedAt: r.ended_at, energyKwh: r.energy_kwh }));
    },
  };
}
