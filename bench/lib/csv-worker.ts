// One CSV export of the bench team's whole dashboard scope, run in a process of its own
// so its peak RSS is its own: `app` streams through the export code the download route
// and the background job use; `copy` has PostgreSQL write the same columns itself with
// COPY … TO STDOUT WITH CSV, the limit for this data. Prints one JSON line.
// Args: <mode> <databaseUrl> <userId> <teamId> [articles: export only the first N articles]
import { performance } from "node:perf_hooks";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { CONNECTION_OPTIONS } from "../../lib/db-options";

const [mode, url, userId, teamId, articles] = process.argv.slice(2) as [string, string, string, string, string | undefined];

// The export's columns, computed by PostgreSQL, in the export's order. Evidence is
// aggregated once and hash-joined: faster than a subquery per claim (the best plan
// found, so the limit is as hard as we can make it).
const COPY_SQL = (team: string) => `
COPY (
  SELECT a.id, a.title, a.url, a.outlet, to_char(a.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    row_number() OVER (PARTITION BY c.article_id ORDER BY c.start, c."end" DESC), c.id, c.exact, c.sourcing_type,
    CASE c.sourcing_type WHEN 'anonymous' THEN 'Anonymous' WHEN 'official' THEN 'Official' WHEN 'provided_documents' THEN 'Documents you provided'
      WHEN 'documents' THEN 'Documents/records' WHEN 'media_report' THEN 'Another outlet''s report' WHEN 'named_person' THEN 'Named person'
      WHEN 'unattributed' THEN 'No attribution' END,
    c.source_phrase, c.cue, c.identification, c.ground_rules, c.anonymity_reason, c.hand, c.source_count, c.status, r.label, r.value, c.rationale,
    ev.cell,
    d.name, ap.name, c.decided_at, c.approved_at,
    concat_ws(';', CASE WHEN c.sourcing_type = 'provided_documents' THEN 'provided_documents' END,
      CASE WHEN c.sourcing_type = 'unattributed' THEN 'unattributed' END,
      CASE WHEN c.sourcing_type = 'anonymous' AND coalesce(btrim(c.anonymity_reason), '') = '' THEN 'anonymous_no_reason' END,
      CASE WHEN c.status = 'decided' AND c.decided_at < now() - interval '72 hours' THEN 'approval_overdue' END)
  FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN rating_levels r ON r.id = c.rating_id
    LEFT JOIN (SELECT e.claim_id, string_agg(e.url || CASE WHEN btrim(e.note) <> '' THEN ' (' || btrim(e.note) || ')' ELSE '' END, ' | ' ORDER BY e.created_at, e.id) AS cell
               FROM evidence e WHERE e.team_id = '${team}' GROUP BY e.claim_id) ev ON ev.claim_id = c.id
    LEFT JOIN users d ON d.id = c.decided_by_id LEFT JOIN users ap ON ap.id = c.approved_by_id
  WHERE c.team_id = '${team}'
  ORDER BY a.created_at DESC, a.id, c.start, c."end" DESC
) TO STDOUT WITH CSV HEADER`;

type TRun = { rows: number; bytes: number; ms: number; baselineRssMB?: number; liveHeapMB?: number };

async function viaApp(): Promise<TRun> {
  process.env.DATABASE_URL = url;
  process.env.NEXTAUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-0001";
  const { openReport } = await import("../../lib/exports/get-report");
  const { renderExport } = await import("../../lib/exports/render");
  const { ZDashboardFilter } = await import("../../lib/reviews/schemas");
  // Timed from here: a running server has its code loaded; authorizing, resolving the
  // scope and streaming every row is the export.
  const t0 = performance.now();
  const header = await openReport({ userId, teamId }, { filter: ZDashboardFilter.parse({}) });
  if (articles) {
    // A smaller export through the same code, to show memory does not grow with rows.
    header.articleIds = header.articleIds.slice(0, Number(articles));
    const { db } = await import("../../lib/db");
    header.claimCount = await db.claim.count({ where: { teamId, articleId: { in: header.articleIds } } });
  }
  // What the process holds before the first row: code, Prisma's query compiler, pools.
  const baselineRssMB = process.memoryUsage().rss / 2 ** 20;
  const stream = await renderExport(header, "csv");
  let bytes = 0;
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) bytes += chunk.byteLength;
  const ms = performance.now() - t0;
  // Live heap after a full collection: what the export really kept, as opposed to the
  // garbage V8 lets accumulate between collections.
  (globalThis as { gc?: () => void }).gc?.();
  const liveHeapMB = process.memoryUsage().heapUsed / 2 ** 20;
  const { db } = await import("../../lib/db");
  await db.$disconnect();
  return { rows: header.claimCount, bytes, ms, baselineRssMB, liveHeapMB };
}

async function viaCopy(): Promise<TRun> {
  const t0 = performance.now();
  const client = new pg.Client({ connectionString: url, options: CONNECTION_OPTIONS });
  await client.connect();
  let bytes = 0;
  let newlines = 0;
  const stream = client.query(copyTo(COPY_SQL(teamId)));
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytes += chunk.byteLength;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) newlines += 1;
  }
  await client.end();
  // Approximate: a quote with a line break adds lines; the bench corpus has none.
  return { rows: newlines - 1, bytes, ms: performance.now() - t0 };
}

async function main() {
  const r = mode === "copy" ? await viaCopy() : await viaApp();
  console.log(JSON.stringify({ ...r, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
