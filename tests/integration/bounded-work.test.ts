// Work one request can make PostgreSQL do is bounded: the app's connections carry a
// statement and a lock timeout that the server enforces, a stopped statement is a clear
// 503 (nothing changed), and text that once made the search column's parser quadratic
// is stored like any other.
import { describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import { ZCreateArticle } from "@/lib/articles/schemas";
import { db } from "@/lib/db";
import { toPublicError } from "@/lib/errors";
import { getDashboard } from "@/lib/reviews/get-dashboard";
import { filterFromSearchParams, ZDashboardFilter } from "@/lib/reviews/schemas";
import { runCpuTask } from "@/lib/workers/run-cpu-task";
import { failure } from "../support/failure";
import { seedTeam } from "../support/factory";

describe("bounded work", () => {
  it("every app connection has server-side statement, lock and idle-transaction timeouts", async () => {
    const rows = await db.$queryRaw<Array<{ s: string; l: string; i: string }>>`
      SELECT current_setting('statement_timeout') AS s, current_setting('lock_timeout') AS l, current_setting('idle_in_transaction_session_timeout') AS i`;
    expect(rows[0]).toEqual({ s: "10s", l: "5s", i: "1min" });
  });

  it("a statement PostgreSQL stops at the timeout becomes a 503 with a plain message", async () => {
    const err = await db
      .$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL statement_timeout = 50`;
        await tx.$queryRaw`SELECT pg_sleep(2)`;
      })
      .then(() => null, (e: unknown) => e);
    expect(err).not.toBeNull();
    const pub = toPublicError(err);
    expect(pub.code).toBe("UNAVAILABLE");
    expect(pub.message).toContain("took the database too long");
  });

  it("stores and finds text of underscore runs that once made the search parser quadratic", async () => {
    const t = await seedTeam();
    const text = `Harbour levy ${"_a_1".repeat(49_000)} ends here.`;
    const input = ZCreateArticle.parse({ title: "Underscores", text });
    const a = await createArticle(t.users.reviewer.session, input);
    expect(a.version.text.length).toBe(text.length);
    const found = await getDashboard(t.users.viewer.session, ZDashboardFilter.parse({ q: "harbour levy" }));
    expect(found.rows.map((r) => r.id)).toEqual([a.id]);
  });

  it("parses Markdown that once made the parser quadratic, in a worker thread", async () => {
    const raw = `# Levy\n\n${"*_a".repeat(20_000)}\n\nThe council said the levy ends in May.`;
    const text = await runCpuTask<string>({ task: "import", kind: "md", raw });
    expect(text.startsWith("Levy\n\n")).toBe(true);
    expect(text.endsWith("The council said the levy ends in May.")).toBe(true);
  });

  it("refuses HTML nested deeper than any article with a clear 400, before building it", async () => {
    const raw = `${"<div>".repeat(50_000)}x${"</div>".repeat(50_000)}`;
    const err = await failure(runCpuTask({ task: "import", kind: "html", raw }));
    expect(err.code).toBe("VALIDATION");
    expect(err.message).toContain("nests elements more than");
  });

  it("stops a task over its time limit with a clear refusal, and the next task runs", async () => {
    const text = "Officials said the plan works. ".repeat(20_000);
    const err = await failure(runCpuTask({ task: "analyse", text }, { timeoutMs: 1 }));
    expect(err.code).toBe("PAYLOAD_TOO_LARGE");
    expect(err.message).toContain("took too long");
    const next = await runCpuTask<{ sentences: unknown[] }>({ task: "analyse", text: "Officials said the plan works." });
    expect(next.sentences).toHaveLength(1);
  });

  it("suggests claims on a run of capitalised names with outlet words (once quadratic in the name matcher)", async () => {
    const text = `Reporters said ${Array.from({ length: 20_000 }, (_, i) => (i % 7 === 0 ? "Times" : "Maria")).join(" ")} said it.`;
    const r = await runCpuTask<{ sentences: Array<{ start: number }> }>({ task: "analyse", text });
    expect(r.sentences.length).toBeGreaterThan(0);
  });

  it("a search with a NUL, control characters or a run of dashes is an ordinary search, not a 500", async () => {
    const t = await seedTeam();
    for (const q of ["\u0000harbour", "-".repeat(50), "- ".repeat(50), "harbour\u0007 -- levy", "well-known -levy"]) {
      const f = filterFromSearchParams({ q });
      const d = await getDashboard(t.users.viewer.session, f);
      expect(d.rows).toEqual([]);
    }
    expect(filterFromSearchParams({ q: "well-known  --  -levy\u0000" }).q).toBe("well-known -levy");
  });
});
