/**
 * @module bench/scale/generate
 * Bulk data for the scale benchmark, written in SQL (`INSERT … SELECT generate_series`, and
 * `unnest` of arrays for the sealed invitation codes), never through the API, on top of the
 * seeded demo (run the seeders first). For `grants` = N:
 *
 * - N/2 installations, each with two active grants (slot 0 and slot 1 of a pair, never the same
 *   group, so `grants_active_key` holds); the first N/100 belong to the demo owner (with Home and
 *   Cabin: 12 / 1,002 / 10,002 at 10³ / 10⁵ / 10⁶), the rest to N/4 generated owners;
 * - Acme Energy (TZBV) holds 5.5 % of the grants (55 / 5,500 / 55,000), the rest spread over
 *   N/100 (at least 20) generated groups, each with an admin;
 * - 2N audit events (`access_request.approved` and `grant.created` per grant, as approval writes);
 * - N/10 invitation codes (5.5 % of them Acme's), sealed with the server's secret like real ones.
 *
 * Ids are deterministic (a per-table prefix and the row number), so relationships are joins on
 * arithmetic and the smoke test can check them.
 */
import { randomUUID } from 'node:crypto';
import type { CodeSealer } from '../../src/security/code-sealing.js';
import type { Executor } from '../../src/storage/executor.js';
import { DEMO_GROUPS, DEMO_USERS } from '../../src/seed/demo-data.js';

/** `prefix`-0000-4000-8000-`n as 12 hex digits`: a valid v4-shaped UUID per table and row. */
const idSql = (prefix: string, n: string) => `format('${prefix}-0000-4000-8000-%s', lpad(to_hex(${n}), 12, '0'))::uuid`;
export const scaleId = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** Id prefixes of the generated rows (8 hex digits each). */
export const PREFIX = { user: 'b0000000', group: 'c0000000', installation: 'a0000000', grant: 'd0000000', audit: 'e0000000', code: 'f0000000', batch: 'f1000000' } as const;

export interface ScalePlan {
  readonly grants: number;
  readonly installations: number;
  readonly users: number;
  readonly groups: number;
  readonly ownerInstallations: number;
  readonly codes: number;
  readonly auditEvents: number;
}

export function scalePlan(grants: number): ScalePlan {
  if (!Number.isInteger(grants) || grants < 200 || grants % 200 !== 0) throw new Error(`grants must be a multiple of 200 (got ${grants})`);
  return {
    grants,
    installations: grants / 2,
    users: Math.max(10, grants / 4),
    groups: Math.max(20, grants / 100),
    ownerInstallations: grants / 100,
    codes: grants / 10,
    auditEvents: grants * 2,
  };
}

/**
 * Pair p (installation p) has slot 0 and slot 1. Slot 0 is Acme's for 11 pairs in 100 (5.5 % of
 * all grants); every other grant goes to generated group (7p + 13s) mod G, which differs between
 * the two slots since G ≥ 20 does not divide 13.
 */
const grantGroupSql = (groups: number) =>
  `CASE WHEN i % 2 = 0 AND (i / 2) % 100 < 11 THEN '${DEMO_GROUPS.acme.id}'::uuid ELSE ${idSql(PREFIX.group, `((i / 2) * 7 + (i % 2) * 13) % ${groups}`)} END`;

/** The owner of installation p: the demo owner for the first N/100, else generated user p mod U. */
const installationOwnerSql = (plan: ScalePlan, p: string) =>
  `CASE WHEN ${p} < ${plan.ownerInstallations} THEN '${DEMO_USERS.owner.id}'::uuid ELSE ${idSql(PREFIX.user, `${p} % ${plan.users}`)} END`;

const CODE_CHUNK = 5000;

/**
 * Writes the plan's rows. `progress` gets one line per table (the 10⁶ run takes minutes).
 * Runs ANALYZE at the end so the planner sees the real sizes, as it would in production.
 */
export async function generateScaleData(db: Executor, plan: ScalePlan, sealer: CodeSealer, progress: (line: string) => void = () => undefined): Promise<void> {
  const step = async (label: string, sql: string) => {
    const t = performance.now();
    await db.exec(sql);
    progress(`  ${label} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  };
  // The password hash is not a valid scrypt hash: generated users never log in.
  await step(
    `${plan.users} users`,
    `INSERT INTO users (id, email, name, password_hash, created_at)
     SELECT ${idSql(PREFIX.user, 'u')}, 'owner-' || u || '@scale.example', 'Scale Owner ' || u, 'scrypt$not-a-login', now() - u * interval '1 second'
       FROM generate_series(0, ${plan.users - 1}) u`,
  );
  await step(
    `${plan.groups} groups with roles and an admin`,
    `INSERT INTO groups (id, name, lookup_key) SELECT ${idSql(PREFIX.group, 'g')}, 'Scale Installers ' || g, 'SC' || g FROM generate_series(0, ${plan.groups - 1}) g;
     INSERT INTO group_roles (group_id, key, name, kind)
     SELECT ${idSql(PREFIX.group, 'g')}, r.key, r.name, r.kind FROM generate_series(0, ${plan.groups - 1}) g,
       (VALUES ('admin', 'Administrator', 'admin'), ('member', 'Member', 'user')) AS r (key, name, kind);
     INSERT INTO group_members (group_id, user_id, roles)
     SELECT ${idSql(PREFIX.group, 'g')}, ${idSql(PREFIX.user, `g % ${plan.users}`)}, ARRAY['admin', 'member'] FROM generate_series(0, ${plan.groups - 1}) g;`,
  );
  await step(
    `${plan.installations} installations (${plan.ownerInstallations} of them the demo owner's)`,
    `INSERT INTO installations (id, name, address, settings, created_at)
     SELECT ${idSql(PREFIX.installation, 'p')}, 'Site ' || lpad(p::text, 7, '0'), 'Scale street ' || p, '{"max_current_a": 32, "authentication_required": false}'::jsonb, now() - p * interval '1 second'
       FROM generate_series(0, ${plan.installations - 1}) p;
     INSERT INTO installation_users (installation_id, user_id, role)
     SELECT ${idSql(PREFIX.installation, 'p')}, ${installationOwnerSql(plan, 'p')}, 'owner' FROM generate_series(0, ${plan.installations - 1}) p;`,
  );
  await step(
    `${plan.grants} grants`,
    `INSERT INTO grants (id, group_id, installation_id, permissions, created_at, created_by)
     SELECT ${idSql(PREFIX.grant, 'i')}, ${grantGroupSql(plan.groups)}, ${idSql(PREFIX.installation, 'i / 2')},
            ARRAY['installation:read', 'installation:settings', 'chargers:control'], now() - i * interval '1 second', ${installationOwnerSql(plan, '(i / 2)')}
       FROM generate_series(0, ${plan.grants - 1}) i`,
  );
  // Approval writes both events per grant (domain/access-requests.ts), in this order.
  await step(
    `${plan.auditEvents} audit events`,
    `INSERT INTO audit_events (id, at, actor_user_id, actor_label, action, group_id, installation_id, subject_id, data)
     SELECT ${idSql(PREFIX.audit, 'i * 2 + e')}, g.created_at, g.created_by, 'Scale Owner',
            CASE e WHEN 0 THEN 'grant.created' ELSE 'access_request.approved' END, g.group_id, g.installation_id,
            g.id::text, jsonb_build_object('grant_id', g.id, 'permissions', g.permissions)
       FROM generate_series(0, ${plan.grants - 1}) i
       JOIN grants g ON g.id = ${idSql(PREFIX.grant, 'i')}
      CROSS JOIN generate_series(0, 1) e
      ORDER BY i, e`,
  );
  const t = performance.now();
  for (let start = 0; start < plan.codes; start += CODE_CHUNK) {
    const n = Math.min(CODE_CHUNK, plan.codes - start);
    const ids: string[] = [];
    const lookups: string[] = [];
    const sealed: string[] = [];
    for (let k = start; k < start + n; k++) {
      const id = scaleId(PREFIX.code, k);
      const code = randomUUID();
      ids.push(id);
      lookups.push(sealer.lookup(code));
      sealed.push(sealer.seal(id, code));
    }
    // Code k: Acme's for 11 in 200; batches of 10; a third used, a tenth deactivated, the rest valid.
    await db.query(
      `INSERT INTO invitation_codes (id, group_id, batch_id, mode, roles, created_by, created_by_name, created_at, expires_at, status, used_at, deactivated_at, code_lookup, code_sealed)
       SELECT c.id, CASE WHEN c.k % 200 < 11 THEN '${DEMO_GROUPS.acme.id}'::uuid ELSE ${idSql(PREFIX.group, `c.k % ${plan.groups}`)} END,
              ${idSql(PREFIX.batch, 'c.k / 10')}, 'group', ARRAY['member'], NULL, 'Scale Admin',
              now() - c.k * interval '1 minute', now() - c.k * interval '1 minute' + interval '30 days',
              CASE WHEN c.k % 3 = 0 THEN 'used' WHEN c.k % 10 = 1 THEN 'deactivated' ELSE 'valid' END,
              CASE WHEN c.k % 3 = 0 THEN now() END, CASE WHEN c.k % 3 <> 0 AND c.k % 10 = 1 THEN now() END,
              c.lookup, c.sealed
         FROM unnest($1::uuid[], $2::text[], $3::text[]) WITH ORDINALITY AS c0 (id, lookup, sealed, ord)
        CROSS JOIN LATERAL (SELECT c0.id, c0.lookup, c0.sealed, ${start} + c0.ord::int - 1 AS k) c`,
      [ids, lookups, sealed],
    );
  }
  progress(`  ${plan.codes} invitation codes (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  await step('ANALYZE', 'ANALYZE');
}
