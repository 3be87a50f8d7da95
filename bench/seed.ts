// `npm run bench:seed`: a newsroom with years of reviews, in a database of its own
// (bench/lib/bench-db.ts): 20,000 articles (a quarter edited once, so two versions),
// 1,000,000 claims across every sourcing type with verdicts, evidence and audit
// history, and one article of exactly 1,000 claims for the review-page benchmark.
// Rows are generated deterministically and streamed with COPY, one connection per
// table so PostgreSQL loads the tables side by side while Node generates.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { applyMigrations } from "../lib/migrate/migrations";
import { DEFAULT_RATING_SCALE } from "../lib/reviews/rating-scale";
import { hashPassword } from "../lib/users/password";
import { BENCH_DB, BENCH_EDITOR, BENCH_PASSWORD, BENCH_TEAM_SLUG, BIG_ARTICLE_TITLE, benchServer, withClient } from "./lib/bench-db";
import { articleText, author, headline, int, outlet, pick, prng, type TRandom, type TSentence } from "./lib/corpus";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 20_000);
const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 1_000_000);
const BIG_ARTICLE_CLAIMS = 1_000;
const EMPTY_SHARE = 0.1; // articles nobody has started on
const EDITED_SHARE = 0.25;
const SPAN_YEARS = 4;
const HOUR = 3_600_000;

// COPY text format: backslash, tab and line breaks must be escaped; \N is NULL.
function field(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return "\\N";
  if (typeof v === "number") return String(v);
  return v.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}
const line = (values: Array<string | number | null | undefined>) => values.map(field).join("\t") + "\n";

type TCopy = { write: (values: Array<string | number | null | undefined>) => Promise<void>; end: () => Promise<void>; rows: () => number };

async function openCopy(url: string, table: string, columns: string[]): Promise<TCopy> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // Replica mode skips the foreign-key triggers: the generator builds consistent rows,
  // and checking a million references one by one would dominate the load time.
  await client.query("SET session_replication_role = replica; SET synchronous_commit = off");
  const stream: Writable = client.query(copyFrom(`COPY ${table} (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`));
  let buffer = "";
  let count = 0;
  const flush = async () => {
    if (!buffer) return;
    const ok = stream.write(buffer);
    buffer = "";
    if (!ok) await new Promise<void>((resolve) => stream.once("drain", () => resolve()));
  };
  return {
    write: async (values) => {
      buffer += line(values);
      count += 1;
      if (buffer.length > 1 << 18) await flush();
    },
    end: async () => {
      await flush();
      stream.end();
      await finished(stream);
      await client.end();
    },
    rows: () => count,
  };
}

type TPeople = { reviewers: string[]; editors: string[]; ratings: Array<{ id: string; label: string }> };

async function seedPeople(url: string): Promise<{ teamId: string; people: TPeople }> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  return withClient(url, async (c) => {
    const teamId = randomUUID();
    await c.query("INSERT INTO teams (id, name, slug) VALUES ($1, 'Bench desk', $2)", [teamId, BENCH_TEAM_SLUG]);
    const ratings = DEFAULT_RATING_SCALE.map((r, position) => ({ id: randomUUID(), ...r, position }));
    for (const r of ratings) await c.query("INSERT INTO rating_levels (id, team_id, label, value, position) VALUES ($1, $2, $3, $4, $5)", [r.id, teamId, r.label, r.value, r.position]);
    const people: TPeople = { reviewers: [], editors: [], ratings };
    const roster: Array<[string, string, "admin" | "editor" | "reviewer" | "viewer"]> = [
      ["admin@bench.sourcebench.test", "Ada Admin", "admin"],
      [BENCH_EDITOR, "Eddie Editor", "editor"],
      ...Array.from({ length: 3 }, (_, i) => [`editor${i}@bench.sourcebench.test`, `Editor ${i}`, "editor"] as [string, string, "editor"]),
      ...Array.from({ length: 12 }, (_, i) => [`reviewer${i}@bench.sourcebench.test`, `Reviewer ${i}`, "reviewer"] as [string, string, "reviewer"]),
      ["viewer@bench.sourcebench.test", "Val Viewer", "viewer"],
    ];
    for (const [email, name, role] of roster) {
      const id = randomUUID();
      await c.query("INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, $3, $4)", [id, email, name, passwordHash]);
      await c.query("INSERT INTO memberships (user_id, team_id, role) VALUES ($1, $2, $3)", [id, teamId, role]);
      if (role === "reviewer") people.reviewers.push(id);
      if (role === "editor" || role === "admin") people.editors.push(id);
    }
    return { teamId, people };
  });
}

// Claims per article: the big one has exactly 1,000, a tenth have none, the rest share
// what is left so the total is exactly CLAIMS.
function claimPlan(r: TRandom): number[] {
  const plan = Array<number>(ARTICLES).fill(0);
  plan[0] = Math.min(BIG_ARTICLE_CLAIMS, CLAIMS);
  const working = Array.from({ length: ARTICLES - 1 }, (_, i) => i + 1).filter(() => r() >= EMPTY_SHARE);
  let left = CLAIMS - plan[0];
  working.forEach((idx, i) => {
    const share = Math.floor(left / (working.length - i));
    const n = i === working.length - 1 ? left : Math.max(1, Math.min(left, share + int(r, -20, 20)));
    plan[idx] = n;
    left -= n;
  });
  return plan;
}

// A claim's span: whole sentences first, then the lead clause of a sentence (so some
// claims overlap, as they do when a reviewer splits a sentence into two checks).
function claimSpan(text: string, sentences: TSentence[], k: number): { start: number; end: number; type: TSentence["type"] } {
  const s = sentences[k % sentences.length]!;
  if (k < sentences.length) return s;
  const body = text.slice(s.start, s.end);
  const comma = body.indexOf(", ");
  const cut = comma > 12 ? comma : Math.max(12, body.lastIndexOf(" ", Math.floor(body.length / 2)));
  return { start: s.start, end: s.start + cut, type: s.type };
}

const CUES: Partial<Record<TSentence["type"], string>> = {
  anonymous: "according to", official: "said", provided_documents: "documents you provided", documents: "records show",
  media_report: "reported", named_person: "said", unattributed: "",
};

async function main() {
  const t0 = performance.now();
  const server = await benchServer();
  try {
    await withClient(server.adminUrl, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${BENCH_DB}`);
    });
    await applyMigrations(server.url);
    const { teamId, people } = await seedPeople(server.url);
    const r = prng(20_261_124);
    const plan = claimPlan(r);

    // Replica mode skips the trigger that numbers claims, so numbers and each article's
    // last number are written here (claims of an article in the order they are made).
    const articles = await openCopy(server.url, "articles", ["id", "team_id", "title", "outlet", "author", "url", "published_at", "current_version", "claim_seq", "created_by_id", "created_at", "updated_at"]);
    const versions = await openCopy(server.url, "article_versions", ["id", "team_id", "article_id", "number", "text", "source_format", "created_by_id", "created_at"]);
    const claims = await openCopy(server.url, "claims", [
      "id", "team_id", "article_id", "number", "version_id", "exact", "prefix", "suffix", "start", "end", "sourcing_type", "source_phrase", "cue", "identification",
      "ground_rules", "anonymity_reason", "hand", "source_count", "status", "rating_id", "rationale", "assignee_id", "decided_by_id", "decided_at",
      "approved_by_id", "approved_at", "version", "created_by_id", "created_at", "updated_at",
    ]);
    const evidence = await openCopy(server.url, "evidence", ["id", "team_id", "article_id", "claim_id", "url", "note", "created_by_id", "created_at"]);
    const audit = await openCopy(server.url, "audit_events", ["team_id", "claim_id", "article_id", "actor_id", "action", "field", "old_value", "new_value", "claim_version", "created_at"]);

    const now = Date.UTC(2026, 10, 24);
    const iso = (ms: number) => new Date(ms).toISOString();
    for (let i = 0; i < ARTICLES; i++) {
      const n = plan[i]!;
      const articleId = randomUUID();
      const createdAt = now - Math.floor(r() * SPAN_YEARS * 365 * 24) * HOUR;
      const creator = pick(r, people.reviewers);
      const sentenceCount = i === 0 ? 600 : Math.max(int(r, 18, 30), Math.ceil(n * 0.6));
      const { text, sentences } = articleText(r, sentenceCount);
      const edited = i !== 0 && r() < EDITED_SHARE;
      const current = edited ? 2 : 1;
      const title = i === 0 ? BIG_ARTICLE_TITLE : headline(r, i);
      await articles.write([articleId, teamId, title, outlet(r), author(r), r() < 0.7 ? `https://news.example.org/${i}` : null,
        r() < 0.95 ? iso(createdAt - int(r, 1, 48) * HOUR) : null, current, n, creator, iso(createdAt), iso(createdAt + 2 * HOUR)]);
      let versionId = randomUUID();
      if (edited) {
        // The first draft said "says" where the published text says "said".
        await versions.write([versionId, teamId, articleId, 1, text.replace(" said ", " says "), "paste", creator, iso(createdAt)]);
        versionId = randomUUID();
      }
      await versions.write([versionId, teamId, articleId, current, text, "paste", creator, iso(createdAt + (edited ? HOUR : 0))]);

      for (let k = 0; k < n; k++) {
        const span = claimSpan(text, sentences, k);
        const claimId = randomUUID();
        const reviewer = pick(r, people.reviewers);
        const roll = r();
        const status = roll < 0.45 ? "approved" : roll < 0.65 ? "decided" : roll < 0.8 ? "in_review" : "open";
        const done = status === "approved" || status === "decided";
        const type = status === "open" && r() < 0.3 ? null : span.type;
        const anon = type === "anonymous";
        const rating = done ? pick(r, people.ratings) : null;
        const created = createdAt + int(r, 1, 20) * HOUR;
        const decidedAt = done ? created + int(r, 1, 72) * HOUR : null;
        const approver = status === "approved" ? pick(r, people.editors) : null;
        const approvedAt = decidedAt !== null && approver ? decidedAt + int(r, 1, 96) * HOUR : null;
        const version = 1 + (done ? 1 : 0) + (approver ? 1 : 0);
        const exact = text.slice(span.start, span.end);
        await claims.write([
          claimId, teamId, articleId, k + 1, versionId, exact, text.slice(Math.max(0, span.start - 32), span.start), text.slice(span.end, span.end + 32),
          span.start, span.end, type, type ? CUES[type] || null : null, type ? CUES[type] || null : null,
          anon ? pick(r, ["none", "partial"]) : type === "official" || type === "named_person" ? "full" : null,
          anon ? "background" : type === "official" ? "on_record" : null,
          anon && r() < 0.7 ? pick(r, ["fear of reprisal", "not authorized to speak publicly", "ongoing legal case"]) : null,
          anon ? pick(r, ["first_hand", "second_hand"]) : null, anon ? int(r, 1, 3) : null,
          status, rating?.id ?? null, done ? `Checked against the ${pick(r, ["council minutes", "court filing", "budget tables", "interview notes"])}; ${rating!.label.toLowerCase()}.` : null,
          r() < 0.6 ? reviewer : null, done ? reviewer : null, decidedAt === null ? null : iso(decidedAt), approver, approvedAt === null ? null : iso(approvedAt),
          version, reviewer, iso(created), iso(approvedAt ?? decidedAt ?? created),
        ]);
        await audit.write([teamId, claimId, articleId, reviewer, "claim.created", "exact", null, JSON.stringify(exact), 1, iso(created)]);
        if (done) {
          const evidenceCount = r() < 0.1 ? 2 : 1;
          for (let e = 0; e < evidenceCount; e++) {
            await evidence.write([randomUUID(), teamId, articleId, claimId, `https://records.example.org/${span.type}/${i}-${k}-${e}`, e ? "second source" : "", reviewer, iso(decidedAt! - HOUR)]);
          }
          await audit.write([teamId, claimId, articleId, reviewer, "claim.updated", "ratingId", null, JSON.stringify(rating!.id), 2, iso(decidedAt!)]);
        }
        if (approver) await audit.write([teamId, claimId, articleId, approver, "claim.approved", "status", JSON.stringify("decided"), JSON.stringify("approved"), 3, iso(approvedAt!)]);
      }
      if ((i + 1) % 2_000 === 0) process.stdout.write(`\r  ${i + 1} of ${ARTICLES} articles, ${claims.rows()} claims (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    }
    await Promise.all([articles.end(), versions.end(), claims.end(), evidence.end(), audit.end()]);
    console.log(`\nLoaded in ${((performance.now() - t0) / 1000).toFixed(1)} s; building the per-article rollups and analysing…`);
    // COPY in replica mode skipped the triggers that keep these; one pass fills them.
    await withClient(server.url, (c) => c.query("SELECT sb_refresh_article_stats(ARRAY(SELECT id FROM articles))"));
    await withClient(server.url, (c) => c.query("VACUUM ANALYZE"));
    const counts = await withClient(server.url, async (c) => (await c.query(
      `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM article_versions) AS versions, (SELECT count(*) FROM claims) AS claims,
              (SELECT count(*) FROM evidence) AS evidence, (SELECT count(*) FROM audit_events) AS audit, pg_size_pretty(pg_database_size(current_database())) AS size`,
    )).rows[0] as Record<string, string>);
    console.log(`bench:seed done in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(", ")}`);
    console.log(`Database: ${server.url.replace(/:[^:@/]*@/, ":***@")}; sign in as ${BENCH_EDITOR} / ${BENCH_PASSWORD}`);
  } finally {
    await server.stop();
  }
}

main().catch((err: unknown) => {
  console.error(`bench:seed failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
