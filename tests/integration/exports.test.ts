import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { claimReviews, missingClaimReviewFields } from "@/lib/exports/claim-review";
import { loadReport, openReport } from "@/lib/exports/get-report";
import { renderExport } from "@/lib/exports/render";
import { ZDashboardFilter } from "@/lib/reviews/schemas";
import { pdfText } from "../support/pdf-text";
import { seedArticle, seedTeam, type TSeededTeam } from "../support/factory";

const bytes = async (s: ReadableStream<Uint8Array>) => Buffer.from(await new Response(s).arrayBuffer());

async function seedReviewed(t: TSeededTeam) {
  const a = await seedArticle(t.teamId, "The mayor said the bridge opened. Officials said it cost $4m.", "Bridge report");
  await db.article.update({ where: { id: a.id }, data: { url: "https://news.example/bridge", publishedAt: new Date("2026-03-01") } });
  const v = a.versions[0]!.id;
  const r = Object.fromEntries((await db.ratingLevel.findMany({ where: { teamId: t.teamId } })).map((x) => [x.label, x.id]));
  const base = { teamId: t.teamId, articleId: a.id, versionId: v };
  const approved = { status: "approved" as const, decidedById: t.users.reviewer.id, decidedAt: new Date(), approvedById: t.users.editor.id, approvedAt: new Date() };
  await db.claim.create({ data: { ...base, exact: "The mayor said the bridge opened.", start: 0, end: 33, sourcingType: "named_person", sourcePhrase: "The mayor", ratingId: r.Accurate, rationale: "Ribbon-cutting on video.", ...approved, evidence: { create: { teamId: t.teamId, articleId: a.id, url: "https://video.example/1", note: "video" } } } });
  await db.claim.create({ data: { ...base, exact: "Officials said it cost $4m.", start: 34, end: 61, sourcingType: "anonymous", sourcePhrase: "Officials", ratingId: r.Unverifiable, rationale: '=HYPERLINK("http://evil.example","click")', ...approved } });
  await db.claim.create({ data: { ...base, exact: "-2+3 officials", start: 34, end: 48, sourcingType: "unattributed", ratingId: r.False, rationale: "@SUM(A1:A9)", status: "decided", decidedById: t.users.reviewer.id, decidedAt: new Date() } });
  return a.id;
}

describe("exports", () => {
  it("CSV parses back to exactly the team's claims, BOM first, formula payloads neutralised", async () => {
    const t = await seedTeam();
    const other = await seedTeam("other");
    await seedReviewed(other);
    const articleId = await seedReviewed(t);
    const header = await openReport(t.users.viewer.session, { filter: ZDashboardFilter.parse({}) });
    const buf = await bytes(await renderExport(header, "csv"));
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(buf.toString("utf8"), { bom: true, columns: true }) as Array<Record<string, string>>;
    const stored = await db.claim.findMany({ where: { teamId: t.teamId }, select: { id: true, exact: true, sourcingType: true, rationale: true } });
    expect(rows.map((r) => r.claim_id).sort()).toEqual(stored.map((c) => c.id).sort());
    for (const row of rows) {
      const c = stored.find((s) => s.id === row.claim_id)!;
      expect(row.article_id).toBe(articleId);
      expect(row.sourcing_type).toBe(c.sourcingType);
      const quote = row.quote!;
      expect(quote.replace(/^'/, "")).toBe(c.exact);
      if (/^[=+\-@]/.test(c.exact)) expect(quote.startsWith("'")).toBe(true);
    }
    const evil = rows.find((r) => r.rationale!.includes("HYPERLINK"))!;
    expect(evil.rationale).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(rows.find((r) => r.rationale!.includes("SUM"))!.rationale).toBe("'@SUM(A1:A9)");
  });

  it("ClaimReview has one object per approved claim with every required field and the rating mapping", async () => {
    const t = await seedTeam();
    const articleId = await seedReviewed(t);
    const report = await loadReport(await openReport(t.users.viewer.session, { articleId }));
    const reviews = claimReviews(report);
    expect(reviews).toHaveLength(2);
    for (const r of reviews) expect(missingClaimReviewFields(r)).toEqual([]);
    const accurate = reviews.find((r) => r.reviewRating.alternateName === "Accurate")!;
    expect(accurate.reviewRating).toMatchObject({ ratingValue: 5, bestRating: 5, worstRating: 1 });
    expect(accurate.claimReviewed.length).toBeLessThanOrEqual(75);
    // "The mayor" describes a role; schema.org's claimant is a named person or organisation only.
    expect(accurate.itemReviewed.author).toBeUndefined();
    expect(JSON.stringify(accurate.itemReviewed.appearance)).toContain("https://news.example/bridge");
    expect(accurate.author).toMatchObject({ "@type": "Organization" });
    const unverifiable = reviews.find((r) => r.reviewRating.alternateName === "Unverifiable")!;
    expect(unverifiable.reviewRating.ratingValue).toBeUndefined();
    expect(claimReviews(report, { includeAll: true })).toHaveLength(3);
  });

  it("the PDF has selectable text with every claim and the team's name", async () => {
    const t = await seedTeam();
    const articleId = await seedReviewed(t);
    const text = await pdfText(await bytes(await renderExport(await openReport(t.users.viewer.session, { articleId }), "pdf")));
    for (const q of ["The mayor said the bridge opened.", "Officials said it cost $4m.", "-2+3 officials"]) expect(text).toContain(q);
    expect(text).toContain((await db.team.findUniqueOrThrow({ where: { id: t.teamId } })).name);
    expect(text).toMatch(/Page 1 of \d+/);
  });

  it("JSON and Markdown hold the article and its claims; another team gets not found", async () => {
    const t = await seedTeam();
    const other = await seedTeam("other");
    const articleId = await seedReviewed(t);
    const mayor = await db.claim.findFirstOrThrow({ where: { articleId, start: 0 }, select: { id: true } });
    await db.comment.create({ data: { teamId: t.teamId, claimId: mayor.id, authorId: t.users.reviewer.id, body: "Checked the video.", createdAt: new Date("2026-03-02T10:00:00Z") } });
    await db.comment.create({ data: { teamId: t.teamId, claimId: mayor.id, authorId: t.users.editor.id, body: "Agreed.", createdAt: new Date("2026-03-02T11:00:00Z") } });
    const header = await openReport(t.users.viewer.session, { articleId });
    const json = JSON.parse((await bytes(await renderExport(header, "json"))).toString("utf8"));
    expect(json.articles[0].claims).toHaveLength(3);
    // The reviewers' discussion travels with the JSON, oldest first, by name.
    const names = Object.fromEntries((await db.user.findMany({ where: { id: { in: [t.users.reviewer.id, t.users.editor.id] } } })).map((u) => [u.id, u.name]));
    expect(json.articles[0].claims.find((c: { id: string }) => c.id === mayor.id).comments).toEqual([
      { author: names[t.users.reviewer.id], body: "Checked the video.", createdAt: "2026-03-02T10:00:00.000Z" },
      { author: names[t.users.editor.id], body: "Agreed.", createdAt: "2026-03-02T11:00:00.000Z" },
    ]);
    expect(json.articles[0].claims.filter((c: { comments: unknown[] }) => c.comments.length === 0)).toHaveLength(2);
    const md = (await bytes(await renderExport(header, "md"))).toString("utf8");
    expect(md).toContain("Bridge report");
    await expect(openReport(other.users.admin.session, { articleId })).rejects.toBeInstanceOf(AppError);
    const foreign = await openReport(other.users.admin.session, { filter: ZDashboardFilter.parse({}) });
    expect(foreign.articleIds).not.toContain(articleId);
  });
});

describe("where an export runs", () => {
  it("a few claims quoting very long passages go to a background job, not the request; a small export stays direct", async () => {
    const { vi } = await import("vitest");
    const sent: unknown[] = [];
    vi.doMock("@/lib/jobs/boss", () => ({ EXPORT_QUEUE: "export", boss: async () => ({ send: async (...args: unknown[]) => sent.push(args) }) }));
    const { requestExport } = await import("@/lib/exports/export-jobs");
    const t = await seedTeam();
    const passage = "The council said the bridge would reopen in May. ".repeat(20_000);
    const long = await seedArticle(t.teamId, passage, "Long quotes");
    for (let i = 0; i < 3; i++) {
      await db.claim.create({ data: { teamId: t.teamId, articleId: long.id, versionId: long.versions[0]!.id, exact: passage, start: 0, end: passage.length } });
    }
    const big = await requestExport(t.users.viewer.session, { scope: { articleId: long.id }, format: "pdf", label: "article" });
    expect(big.mode).toBe("job");
    expect(sent).toHaveLength(1);
    const small = await seedArticle(t.teamId, "The mayor said the bridge opened.", "Short");
    await db.claim.create({ data: { teamId: t.teamId, articleId: small.id, versionId: small.versions[0]!.id, exact: "The mayor said", start: 0, end: 14 } });
    expect((await requestExport(t.users.viewer.session, { scope: { articleId: small.id }, format: "pdf", label: "article" })).mode).toBe("direct");
    vi.doUnmock("@/lib/jobs/boss");
  });
});

describe("a background export's stored request", () => {
  it("is parsed, not trusted: a row it cannot read fails its job with a message; a good one renders", async () => {
    const { runExportJob } = await import("@/lib/exports/export-jobs");
    const t = await seedTeam();
    const article = await seedArticle(t.teamId, "The mayor said the bridge opened.", "Short");
    const make = (format: string, filter: object) => db.exportJob.create({ data: { teamId: t.teamId, requestedById: t.users.viewer.id, format, filter }, select: { id: true } });
    const garbled = await make("csv", { scope: "everything", label: 7 });
    const unknownFormat = await make("docx", { scope: { articleId: article.id }, includeAll: false, label: "article" });
    const good = await make("md", { scope: { articleId: article.id }, includeAll: false, label: "article" });
    for (const j of [garbled, unknownFormat, good]) await runExportJob(j.id);
    const rows = await db.exportJob.findMany({ where: { teamId: t.teamId }, select: { id: true, status: true, error: true, fileName: true } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(garbled.id)).toMatchObject({ status: "failed", error: "This export's request could not be read. Start the export again." });
    expect(byId.get(unknownFormat.id)).toMatchObject({ status: "failed", error: "This export's request could not be read. Start the export again." });
    expect(byId.get(good.id)).toMatchObject({ status: "done", error: null });
    expect(byId.get(good.id)!.fileName).toMatch(/\.md$/);
  });
});
