/**
 * @module bench/explain-lists
 * `npm run bench:explain -w @grantkit/reference-server [-- --size 1e5 --limit 50 --admin-url …]`:
 * the PostgreSQL plan of every list query at scale. A fresh database of its own
 * (`grantkit_explain`, dropped afterwards) gets the demo seed and the scale benchmark's bulk data
 * (bench/scale/generate.ts) for `--size` grants; then each list's store method runs its first
 * page and a later one (the first page's cursor) through an executor that keeps the SQL it ran,
 * and that very statement, with its parameters, is run again under
 * `EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT)`. The SQL is never copied here: what is explained is
 * what the server runs. Prints every plan, then one table: list | page | top nodes | indexes |
 * tables read whole | execution ms. A Seq Scan on a big table or a sort on disk is the sign of a
 * missing index.
 *
 * PostgreSQL only (PGlite has no planner worth reading at scale): `--admin-url` defaults to
 * $DATABASE_URL, then $SCALE_ADMIN_URL, then postgres://postgres@127.0.0.1:5432/postgres.
 */
import { parseArgs } from 'node:util';
import type { Page, PageRequest } from '../src/domain/model/page.js';
import { DEMO_GROUPS, DEMO_USERS } from '../src/seed/demo-data.js';
import { DEMO_ORGANISATION, DEMO_PARTNER, DEMO_PARTNER_USERS } from '../src/seed/partners.js';
import type { Executor, SqlValue } from '../src/storage/executor.js';
import { createStore, type Store } from '../src/storage/store.js';
import { summarisePlan, type PlanSummary } from './explain/plan-summary.js';
import { openScaleServer } from './scale/database.js';
import { PREFIX, scaleId, scalePlan } from './scale/generate.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1e5' },
    limit: { type: 'string', default: '50' },
    'admin-url': { type: 'string', default: process.env.DATABASE_URL ?? process.env.SCALE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
});

interface Statement {
  readonly sql: string;
  readonly params: readonly SqlValue[];
}

/** An executor that runs every statement as usual and remembers the last one. */
function recording(db: Executor): { executor: Executor; last(): Statement } {
  let last: Statement | undefined;
  const wrap = (inner: Executor): Executor => ({
    dialect: inner.dialect,
    query: <Row,>(sql: string, params: readonly SqlValue[] = []) => {
      last = { sql, params };
      return inner.query<Row>(sql, params);
    },
    exec: (sql) => inner.exec(sql),
    transaction: (fn) => inner.transaction((tx) => fn(wrap(tx))),
    close: () => inner.close(),
  });
  return {
    executor: wrap(db),
    last: () => {
      if (!last) throw new Error('the list ran no statement');
      return last;
    },
  };
}

interface List {
  readonly name: string;
  /** Reads one page; the statement it runs last is the one explained. */
  readonly page: (store: Store, page: PageRequest) => Promise<Page<unknown>>;
}

// Installation 0 is the demo owner's and granted to Acme (generate.ts: pair 0, slot 0).
const ownersGranted = scaleId(PREFIX.installation, 0);
const owner = DEMO_USERS.owner.id;
const acme = DEMO_GROUPS.acme.id;
const now = new Date();

const LISTS: readonly List[] = [
  { name: 'owner grants', page: (s, p) => s.grants.listForOwner(owner, p) },
  { name: 'group grants (Acme)', page: (s, p) => s.grants.listForGroup(acme, p) },
  { name: 'installation access', page: (s, p) => s.installations.listAccess(ownersGranted, p) },
  { name: 'installations (owner)', page: (s, p) => s.installations.pageRelated({ userId: owner }, p) },
  { name: 'groups (generated admin)', page: (s, p) => s.groups.pageMemberships(scaleId(PREFIX.user, 0), p) },
  { name: 'members (Acme)', page: (s, p) => s.groups.listMembers(acme, p) },
  { name: 'audit ?group_id (Acme)', page: (s, p) => s.audit.listForGroup(acme, p) },
  { name: 'audit ?installation_id', page: (s, p) => s.audit.listForInstallation(ownersGranted, p) },
  { name: 'audit ?organisation_id', page: (s, p) => s.audit.listForOrganisation(DEMO_ORGANISATION.id, p) },
  { name: 'partner grants', page: (s, p) => s.grants.listForGroup(DEMO_PARTNER.id, p) },
  { name: 'partner audit', page: (s, p) => s.audit.listForGroup(DEMO_PARTNER.id, p) },
  {
    name: 'invitation codes (3 groups)',
    page: (s, p) => s.invitationCodes.list({ groupIds: [acme, scaleId(PREFIX.group, 0), scaleId(PREFIX.group, 1)], now, page: p }),
  },
  { name: 'service accounts (Acme)', page: (s, p) => s.serviceAccounts.pageForGroup(acme, p) },
  { name: 'consent installations search', page: (s, p) => s.installations.pageManageable({ userId: owner, search: 'site', notSharedWith: { groupId: acme, permissions: ['installation:read', 'installation:settings', 'chargers:control'] }, page: p }) },
  { name: 'organisations (holder)', page: (s, p) => s.organisations.listForAccountHolder(DEMO_PARTNER_USERS.holder.id, p) },
  { name: 'partners (Helio Grid)', page: (s, p) => s.partners.listForOrganisation(DEMO_ORGANISATION.id, p) },
  { name: 'partner invitations', page: (s, p) => s.emailInvitations.listForGroup(DEMO_PARTNER.id, p) },
  { name: 'mailbox', page: (s, p) => s.outbox.pageMessages('email', null, p) },
];

interface Row {
  readonly list: string;
  readonly page: string;
  readonly summary: PlanSummary | null;
}

async function explain(db: Executor, statement: Statement): Promise<string[]> {
  const rows = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) ${statement.sql}`, statement.params);
  return rows.map((r) => r['QUERY PLAN']);
}

async function main(): Promise<void> {
  const size = Number(values.size);
  const limit = Number(values.limit);
  const progress = (line: string) => console.error(line);
  progress(`generating ${size} grants on PostgreSQL (${new URL(values['admin-url']).host})…`);
  const scale = await openScaleServer('postgres', scalePlan(size), { adminUrl: values['admin-url'], database: 'grantkit_explain', progress });
  const rows: Row[] = [];
  try {
    const { executor, last } = recording(scale.db);
    const store = createStore(executor, scale.server.deps.config.secret);
    for (const list of LISTS) {
      const first = await list.page(store, { limit });
      const pages: [string, Statement][] = [['first', last()]];
      if (first.nextAfter) {
        await list.page(store, { limit, after: first.nextAfter });
        pages.push(['next', last()]);
      }
      for (const [page, statement] of pages) {
        const plan = await explain(scale.db, statement);
        console.log(`\n### ${list.name}, ${page} page (limit ${limit})\n\n${plan.join('\n')}`);
        rows.push({ list: list.name, page, summary: summarisePlan(plan) });
      }
      if (!first.nextAfter) rows.push({ list: list.name, page: 'next', summary: null });
    }
  } finally {
    await scale.close();
  }
  console.log(`\n## List plans at ${size.toLocaleString('en-US')} grants (limit ${limit})\n`);
  console.log('| list | page | plan top nodes | indexes used | read whole (Seq Scan) | execution ms |');
  console.log('| --- | --- | --- | --- | --- | ---: |');
  for (const { list, page, summary: s } of rows) {
    if (!s) {
      console.log(`| ${list} | ${page} | (one page only) | | | |`);
      continue;
    }
    const whole = [...s.seqScans, ...(s.diskSort ? ['sort on disk'] : [])].join(', ') || '—';
    console.log(`| ${list} | ${page} | ${s.top} | ${s.indexes.join(', ') || '—'} | ${whole} | ${s.executionMs.toFixed(2)} |`);
  }
}

await main();
