// Records the statements a piece of app code sends through node-postgres: the
// query-count test counts them, and the bench runs a data function's exact SQL under
// EXPLAIN (ANALYZE, BUFFERS). Only one capture may run at a time in a process.
import pg from "pg";

type TQuery = { text: string; values: unknown[] };
type TQueryFn = (this: pg.Client, ...args: unknown[]) => unknown;

export async function captureSql(task: () => Promise<unknown>): Promise<TQuery[]> {
  const proto = pg.Client.prototype as unknown as { query: TQueryFn };
  const original = proto.query;
  const seen: TQuery[] = [];
  proto.query = function (this: pg.Client, ...args: unknown[]) {
    const q = args[0] as string | { text?: string; values?: unknown[] };
    if (typeof q === "string") seen.push({ text: q, values: (args[1] as unknown[]) ?? [] });
    else if (q?.text) seen.push({ text: q.text, values: q.values ?? [] });
    return original.apply(this, args);
  };
  try {
    await task();
  } finally {
    proto.query = original;
  }
  return seen;
}

/** EXPLAIN (ANALYZE, BUFFERS) of the slowest-looking statement: the longest text, which is the aggregate. */
export async function explainHeaviest(client: pg.Client, queries: TQuery[]): Promise<{ sql: string; plan: string; ms: number }> {
  const q = [...queries].sort((a, b) => b.text.length - a.text.length)[0];
  if (!q) return { sql: "", plan: "(no statement captured)", ms: NaN };
  const res = await client.query({ text: `EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, values: q.values });
  const plan = res.rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n");
  const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
  return { sql: q.text, plan, ms };
}
