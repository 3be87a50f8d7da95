import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDashboard } from "@/lib/reviews/get-dashboard";
import { ZDashboardFilter } from "@/lib/reviews/schemas";
import { seedArticle, seedTeam } from "../support/factory";

const f = (x: Record<string, unknown> = {}) => ZDashboardFilter.parse(x);

async function claim(teamId: string, articleId: string, versionId: string, data: Record<string, unknown>) {
  return db.claim.create({ data: { teamId, articleId, versionId, exact: "x", start: 0, end: 1, ...data } });
}

describe("dashboard", () => {
  it("aggregates progress, mixes and red flags in the database, for the team only", async () => {
    const t = await seedTeam();
    const other = await seedTeam("other");
    await seedArticle(other.teamId, "Other team's text about harbours.", "Other team article");
    const a = await seedArticle(t.teamId, "The harbour authority met on Tuesday.", "Harbour sale");
    const b = await seedArticle(t.teamId, "The council approved the school budget.", "School budget");
    const accurate = await db.ratingLevel.findFirstOrThrow({ where: { teamId: t.teamId, label: "Accurate" } });
    const av = a.versions[0]!.id;
    await claim(t.teamId, a.id, av, { sourcingType: "provided_documents" });
    await claim(t.teamId, a.id, av, { sourcingType: "anonymous" });
    await claim(t.teamId, a.id, av, { sourcingType: "anonymous", anonymityReason: "fear of reprisal", status: "decided", ratingId: accurate.id, decidedAt: new Date(Date.now() - 100 * 3600_000) });
    await claim(t.teamId, b.id, b.versions[0]!.id, { sourcingType: "official", status: "approved", ratingId: accurate.id });

    const d = await getDashboard(t.users.viewer.session, f());
    expect(d.total).toBe(2);
    expect(d.rows.map((r) => r.title).sort()).toEqual(["Harbour sale", "School budget"]);
    const harbour = d.rows.find((r) => r.id === a.id)!;
    expect(harbour).toMatchObject({ claims: 3, decided: 1, approved: 0 });
    expect(harbour.sourcing).toMatchObject({ anonymous: 2, provided_documents: 1, official: 0 });
    expect(harbour.flags.sort()).toEqual(["anonymous_no_reason", "anonymous_share", "approval_overdue", "provided_documents"]);
    expect(harbour.verdicts).toEqual([{ label: "Accurate", count: 1 }]);
    expect(d.rows.find((r) => r.id === b.id)!.flags).toEqual([]);
    expect(d.summary).toMatchObject({ articles: 2, claims: 4, decided: 2, approved: 1, flaggedArticles: 1, anonymous: 2, tagged: 4 });

    // Filters
    expect((await getDashboard(t.users.viewer.session, f({ sourcing: "official" }))).rows.map((r) => r.id)).toEqual([b.id]);
    expect((await getDashboard(t.users.viewer.session, f({ status: "approved" }))).rows.map((r) => r.id)).toEqual([b.id]);
    expect((await getDashboard(t.users.viewer.session, f({ flagged: "1" }))).rows.map((r) => r.id)).toEqual([a.id]);
    expect((await getDashboard(t.users.viewer.session, f({ q: "budget" }))).rows.map((r) => r.id)).toEqual([b.id]);
    expect((await getDashboard(t.users.viewer.session, f({ q: "authorities Tuesday" }))).rows.map((r) => r.id)).toEqual([a.id]);
    expect((await getDashboard(t.users.viewer.session, f({ q: "harbours" }))).rows.map((r) => r.id)).toEqual([a.id]);
    expect((await getDashboard(t.users.viewer.session, f({ verdict: accurate.id, sort: "title", dir: "asc" }))).rows.map((r) => r.title)).toEqual(["Harbour sale", "School budget"]);

    // Raising the threshold clears the anonymous-share flag.
    await db.team.update({ where: { id: t.teamId }, data: { anonymousShareThreshold: 90 } });
    expect((await getDashboard(t.users.viewer.session, f())).rows.find((r) => r.id === a.id)!.flags).not.toContain("anonymous_share");
  });

  it("the verdict chart under a filter counts exactly the kept articles' claims, whether the filter keeps few or most", async () => {
    const t = await seedTeam();
    const ratings = await db.ratingLevel.findMany({ where: { teamId: t.teamId }, select: { id: true, label: true } });
    const titles = ["Harbour one", "Harbour two", "Harbour three", "Harbour four", "School budget"];
    const types = ["anonymous", "official", "provided_documents", "documents", null] as const;
    const made: Array<{ title: string; sourcing: string; label: string }> = [];
    let k = 0;
    for (const title of titles) {
      const a = await seedArticle(t.teamId, title.startsWith("Harbour") ? "The harbour authority met on Tuesday." : "The council met on Tuesday.", title);
      for (let i = 0; i < 7; i++, k++) {
        const type = types[k % types.length]!;
        const rating = k % 3 === 0 ? null : ratings[k % ratings.length]!;
        await claim(t.teamId, a.id, a.versions[0]!.id, { sourcingType: type, ratingId: rating?.id ?? null, status: rating ? "decided" : "open", decidedAt: rating ? new Date() : null });
        made.push({ title, sourcing: type ?? "untagged", label: rating?.label ?? "No verdict" });
      }
    }
    const expected = (keep: (title: string) => boolean) => {
      const m = new Map<string, Record<string, number>>();
      for (const c of made.filter((x) => keep(x.title))) {
        const v = m.get(c.sourcing) ?? {};
        v[c.label] = (v[c.label] ?? 0) + 1;
        m.set(c.sourcing, v);
      }
      return Object.fromEntries([...m.entries()].sort());
    };
    const chart = async (q: string) => {
      const d = await getDashboard(t.users.viewer.session, f({ q }));
      return { articles: d.total, chart: Object.fromEntries(d.verdictsBySourcing.map((x) => [x.sourcing, x.verdicts]).sort()) };
    };
    // Four of five articles: the team's sum minus the dropped article's rows.
    expect(await chart("harbour")).toEqual({ articles: 4, chart: expected((x) => x.startsWith("Harbour")) });
    // One of five: the kept article's rows.
    expect(await chart("school")).toEqual({ articles: 1, chart: expected((x) => x === "School budget") });
    // Nothing kept, and everything kept through a filter.
    expect(await chart("nowhere-to-be-found")).toEqual({ articles: 0, chart: {} });
    expect(await chart("Tuesday")).toEqual({ articles: 5, chart: expected(() => true) });
  });

  it("the app's connections run without JIT compilation (it costs the broad dashboard views more than it saves)", async () => {
    expect(await db.$queryRaw<Array<{ jit: string }>>`SHOW jit`).toEqual([{ jit: "off" }]);
  });

  it("malformed URL filters are dropped, not fatal", () => {
    expect(f({ status: "bogus", page: "-3", sort: "drop table", reviewer: "x" })).toEqual({ sort: "created", dir: "desc", page: 1 });
  });
});
