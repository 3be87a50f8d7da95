// The migration that repairs texts stored with CRLF before intake made text canonical:
// a database is filled as the release before it left it (a pasted article with CRLF
// breaks, emoji above the claims so UTF-16 and code-point counts differ, an anchored
// and an orphaned claim, a rejected suggestion), then the migration runs; each
// claim's offsets must still pick out its own words in the rewritten text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { applyMigrations } from "@/lib/migrate/migrations";
import { createDatabase, dropDatabase, uniqueDbName } from "../support/databases";

const MIGRATION = "20261130124500_canonical_line_endings";
const name = uniqueDbName("sb_crlf");
let client: pg.Client;

const PASTED =
  "Headline 😀 with an emoji\r\n\r\nFirst paragraph, 🇵🇱 flag.\r\n\r\nCall prior to the designation of the Cartel of the Suns as a Foreign Terrorist Organization.\r\n" +
  "A line\rwith a lone CR.\r\n\r\n\r\nLast 𝒳 sentence here.";
const CANONICAL = PASTED.replace(/\r\n?/g, "\n");

const claimsAt = (text: string, quotes: string[]) => quotes.map((q) => ({ exact: q, start: text.indexOf(q), end: text.indexOf(q) + q.length }));
const QUOTES = ["Call prior to the designation of the Cartel of the Suns as a Foreign Terrorist Organization.", "Last 𝒳 sentence here.", "First paragraph, 🇵🇱 flag.\r\n\r\nCall prior"];

beforeAll(async () => {
  const url = await createDatabase(name, { migrate: false });
  await applyMigrations(url, { before: MIGRATION });
  client = new pg.Client({ connectionString: url });
  await client.connect();
  const q = async (sql: string, params: unknown[]) => (await client.query(sql, params)).rows[0] as { id: string };
  const team = await q("INSERT INTO teams (name, slug) VALUES ('Desk', 'desk') RETURNING id", []);
  const article = await q("INSERT INTO articles (team_id, title, updated_at) VALUES ($1, 'Pasted', now()) RETURNING id", [team.id]);
  const version = await q("INSERT INTO article_versions (team_id, article_id, number, text) VALUES ($1, $2, 1, $3) RETURNING id", [team.id, article.id, PASTED]);
  for (const c of claimsAt(PASTED, QUOTES)) {
    await client.query(
      `INSERT INTO claims (team_id, article_id, version_id, exact, prefix, suffix, start, "end", updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())`,
      [team.id, article.id, version.id, c.exact, PASTED.slice(Math.max(0, c.start - 32), c.start), PASTED.slice(c.end, c.end + 32), c.start, c.end],
    );
  }
  await client.query(
    `INSERT INTO claims (team_id, article_id, version_id, exact, prefix, suffix, start, "end", anchor_status, updated_at) VALUES ($1, $2, $3, $4, '', '', 3, 9, 'orphaned', now())`,
    [team.id, article.id, version.id, "gone\r\ntext"],
  );
  const last = claimsAt(PASTED, ["Last 𝒳 sentence here."])[0]!;
  await client.query(`INSERT INTO suggestion_decisions (team_id, version_id, start, "end", decision) VALUES ($1, $2, $3, $4, 'rejected')`, [team.id, version.id, last.start, last.end]);
  await applyMigrations(url);
});

afterAll(async () => {
  await client?.end();
  await dropDatabase(name);
});

describe(`migration ${MIGRATION}`, () => {
  it("rewrites the text with LF breaks only", async () => {
    const { rows } = await client.query("SELECT text FROM article_versions");
    expect(rows[0].text).toBe(CANONICAL);
  });

  it("moves each anchored claim's offsets with the text, so they pick out its own words (UTF-16)", async () => {
    const { rows } = await client.query(`SELECT exact, prefix, suffix, start, "end" FROM claims WHERE anchor_status = 'anchored' ORDER BY start`);
    expect(rows).toHaveLength(3);
    for (const r of rows) {
      expect(CANONICAL.slice(r.start, r.end)).toBe(r.exact);
      expect(r.exact + r.prefix + r.suffix).not.toContain("\r");
      expect(CANONICAL.slice(0, r.start).endsWith(r.prefix)).toBe(true);
    }
    expect(rows.map((r) => r.exact)).toEqual(claimsAt(CANONICAL, QUOTES.map((q) => q.replace(/\r\n/g, "\n"))).sort((a, b) => a.start - b.start).map((c) => c.exact));
  });

  it("rewrites an orphan's quote and keeps its offsets as a hint", async () => {
    const { rows } = await client.query(`SELECT exact, start, "end" FROM claims WHERE anchor_status = 'orphaned'`);
    expect(rows[0]).toEqual({ exact: "gone\ntext", start: 3, end: 9 });
  });

  it("moves a rejected suggestion with its sentence", async () => {
    const { rows } = await client.query(`SELECT start, "end" FROM suggestion_decisions`);
    expect(CANONICAL.slice(rows[0].start, rows[0].end)).toBe("Last 𝒳 sentence here.");
  });
});
