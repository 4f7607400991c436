/**
 * @module bench/explain/plan-summary
 * Reads what matters out of a PostgreSQL `EXPLAIN (ANALYZE, FORMAT TEXT)` plan for the list
 * table of bench/explain-lists.ts: the top nodes, the indexes scanned, the tables read whole
 * (Seq Scan), whether a sort spilled to disk, and the execution time.
 */

export interface PlanSummary {
  /** The first two nodes, e.g. `Limit → Index Scan`. */
  readonly top: string;
  readonly indexes: readonly string[];
  readonly seqScans: readonly string[];
  /** A sort that did not fit in work_mem (`Sort Method: external merge`). */
  readonly diskSort: boolean;
  readonly executionMs: number;
}

/** A node line without its costs and timings: `->  Index Scan using x on t  (cost=…)` → `Index Scan using x on t`. */
const nodeOf = (line: string): string => line.replace(/^\s*(->\s*)?/, '').replace(/\s+\(cost=.*$/, '').replace(/\s+\(actual .*$/, '').trim();

/** Node names only (`Index Scan using x on t` → `Index Scan`), for the compact column. */
const nodeName = (node: string): string => node.replace(/ (using|on) .*$/, '');

const unique = (values: Iterable<string>): string[] => [...new Set(values)];

export function summarisePlan(lines: readonly string[]): PlanSummary {
  const nodes = lines.filter((line, i) => i === 0 || /^\s*->/.test(line)).map(nodeOf);
  const text = lines.join('\n');
  const time = /Execution Time: ([\d.]+) ms/.exec(text);
  if (!nodes.length || !time) throw new Error(`not an EXPLAIN ANALYZE plan:\n${text}`);
  return {
    top: nodes.slice(0, 2).map(nodeName).join(' → '),
    indexes: unique([...text.matchAll(/(?:Index Scan|Index Only Scan)(?: Backward)? using (\S+)|Bitmap Index Scan on (\S+)/g)].map((m) => (m[1] ?? m[2])!)),
    seqScans: unique([...text.matchAll(/Seq Scan on (\S+)/g)].map((m) => m[1]!)),
    diskSort: /Sort Method: external/.test(text),
    executionMs: Number(time[1]),
  };
}
