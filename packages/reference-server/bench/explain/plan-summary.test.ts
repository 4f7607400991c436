import { describe, expect, it } from 'vitest';
import { summarisePlan } from './plan-summary.js';

describe('summarisePlan', () => {
  it('reads the top nodes, the indexes and the execution time of an index-served page', () => {
    const plan = [
      'Limit  (cost=0.42..12.1 rows=51 width=200) (actual time=0.02..0.31 rows=51 loops=1)',
      '  Buffers: shared hit=60',
      '  ->  Index Scan using grants_group_active_page_idx on grants gr  (cost=0.42..1200 rows=5000 width=200) (actual time=0.02..0.3 rows=51 loops=1)',
      '        Index Cond: (group_id = $1)',
      '        ->  Bitmap Index Scan on installations_pkey  (cost=0.00..4.4 rows=1 width=0) (actual time=0.01..0.01 rows=1 loops=51)',
      'Planning Time: 0.2 ms',
      'Execution Time: 0.412 ms',
    ];
    expect(summarisePlan(plan)).toEqual({
      top: 'Limit → Index Scan',
      indexes: ['grants_group_active_page_idx', 'installations_pkey'],
      seqScans: [],
      diskSort: false,
      executionMs: 0.412,
    });
  });

  it('names the tables read whole and a sort that spilled to disk', () => {
    const plan = [
      'Sort  (cost=9000..9100 rows=40000 width=90) (actual time=80..95 rows=40000 loops=1)',
      '  Sort Key: c.created_at DESC',
      '  Sort Method: external merge  Disk: 4096kB',
      '  ->  Seq Scan on invitation_codes c  (cost=0..2000 rows=40000 width=90) (actual time=0.01..20 rows=40000 loops=1)',
      'Execution Time: 101.5 ms',
    ];
    expect(summarisePlan(plan)).toMatchObject({ top: 'Sort → Seq Scan', seqScans: ['invitation_codes'], diskSort: true, executionMs: 101.5 });
  });

  it('refuses text that is no EXPLAIN ANALYZE plan', () => {
    expect(() => summarisePlan(['Limit  (cost=0..1 rows=1 width=1)'])).toThrow(/not an EXPLAIN ANALYZE plan/);
  });
});
