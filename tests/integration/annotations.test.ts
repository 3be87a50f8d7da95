// W3C Web Annotation out and in, against PostgreSQL: an article's claims exported as an
// AnnotationCollection and imported into a fresh copy of the article land as the same
// claims at the same places; a Hypothesis export anchors what still matches and orphans
// the rest; bad files and foreign articles change nothing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importAnnotations } from "@/lib/annotations/import-annotations";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { openReport } from "@/lib/exports/get-report";
import { renderExport } from "@/lib/exports/render";
import type { TAnnotationCollection } from "@/lib/exports/web-annotation";
import { seedArticle, seedTeam, type TSeededTeam } from "../support/factory";

const fixtures = path.join(process.cwd(), "tests/fixtures/annotations");
const HYPOTHESIS_TEXT = readFileSync(path.join(fixtures, "article.txt"), "utf8").replace(/\n$/, "");
const HYPOTHESIS = JSON.parse(readFileSync(path.join(fixtures, "hypothesis-export.json"), "utf8")) as unknown;

// Emoji (one with a skin tone, one ZWJ family), a flag and astral CJK before and inside claims.
const TEXT =
  "👍🏽 Łukasz Zółć said the bridge opened 🇵🇱 on time. 𠮷野家 officials said it cost $4m. " +
  "The ministry 👨‍👩‍👧 said the audit is done. Critics said it cost $4m.";

const text = async (s: ReadableStream<Uint8Array>) => new Response(s).text();

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

async function seedClaims(t: TSeededTeam, articleId: string, versionId: string) {
  const ratings = Object.fromEntries((await db.ratingLevel.findMany({ where: { teamId: t.teamId } })).map((r) => [r.label, r.id]));
  const base = { teamId: t.teamId, articleId, versionId, createdById: t.users.reviewer.id };
  const span = (exact: string, from = 0) => {
    const start = TEXT.indexOf(exact, from);
    return { exact, start, end: start + exact.length, prefix: "", suffix: "" };
  };
  const decided = { status: "decided" as const, decidedById: t.users.reviewer.id, decidedAt: new Date() };
  await db.claim.create({ data: { ...base, ...span("Łukasz Zółć said the bridge opened 🇵🇱 on time."), sourcingType: "named_person", ratingId: ratings.Accurate, rationale: "Video 🎥 of the ribbon.", ...decided, evidence: { create: { teamId: t.teamId, articleId, url: "https://video.example/a%20b" } } } });
  await db.claim.create({ data: { ...base, ...span("𠮷野家 officials said it cost $4m."), sourcingType: "anonymous", ratingId: ratings.Unverifiable, ...decided } });
  // The same words twice: the second copy, told apart by its context and position.
  await db.claim.create({ data: { ...base, ...span("said it cost $4m.", TEXT.indexOf("Critics")), sourcingType: "unattributed" } });
  await db.claim.create({ data: { ...base, ...span("👨‍👩‍👧 said the audit") } });
}

type TClaimShape = { start: number; end: number; exact: string; sourcingType: string | null; rating: string | null; rationale: string | null; anchorStatus: string; evidence: string[] };
async function claimsOf(articleId: string): Promise<TClaimShape[]> {
  const rows = await db.claim.findMany({
    where: { articleId },
    orderBy: { start: "asc" },
    select: { start: true, end: true, exact: true, sourcingType: true, rationale: true, anchorStatus: true, rating: { select: { label: true } }, evidence: { select: { url: true } } },
  });
  return rows.map(({ rating, evidence, ...r }) => ({ ...r, rating: rating?.label ?? null, evidence: evidence.map((e) => e.url) }));
}

describe("W3C Web Annotation export and import", () => {
  it("round trip: export, import on a fresh copy of the article, the same claims at the same places", async () => {
    const t = await seedTeam();
    const a = await seedArticle(t.teamId, TEXT, "Bridge");
    await db.article.update({ where: { id: a.id }, data: { url: "https://news.example/bridge?x=1" } });
    await seedClaims(t, a.id, a.versions[0]!.id);

    const doc = JSON.parse(await text(await renderExport(await openReport(t.users.viewer.session, { articleId: a.id }), "w3c"))) as TAnnotationCollection;
    expect(doc["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(doc.type).toBe("AnnotationCollection");
    expect(doc.total).toBe(4);
    const items = doc.first.items;
    for (const item of items) {
      expect(item.target.source).toBe("https://news.example/bridge?x=1");
      const [quote, position] = item.target.selector;
      // Code points, as the model counts: the quote's length in code points, at the offset Array.from gives.
      const utf16Start = TEXT.indexOf(quote.prefix + quote.exact + quote.suffix) + quote.prefix.length;
      expect(position.start).toBe(Array.from(TEXT.slice(0, utf16Start)).length);
      expect(position.end - position.start).toBe(Array.from(quote.exact).length);
      expect(Array.from(TEXT).slice(position.start, position.end).join("")).toBe(quote.exact);
    }
    const ribbon = items.find((i) => i.target.selector[0].exact.startsWith("Łukasz"))!;
    // UTF-16 offset 5 ("👍🏽 " is four units), code point 3.
    expect(ribbon.target.selector[1]).toEqual({ type: "TextPositionSelector", start: 3, end: 3 + Array.from("Łukasz Zółć said the bridge opened 🇵🇱 on time.").length });
    expect(ribbon.body).toEqual([
      { type: "TextualBody", purpose: "tagging", value: "Named person", format: "text/plain" },
      { type: "TextualBody", purpose: "classifying", value: "Accurate", format: "text/plain" },
      { type: "TextualBody", purpose: "commenting", value: "Video 🎥 of the ribbon.", format: "text/plain" },
      { id: "https://video.example/a%20b", type: "Text", purpose: "linking" },
    ]);

    const copy = await seedArticle(t.teamId, TEXT, "Bridge (copy)");
    const result = await importAnnotations(t.users.reviewer.session, { articleId: copy.id, document: doc });
    expect(result).toMatchObject({ format: "w3c", total: 4, anchored: 4, orphaned: 0, duplicates: 0, unreadable: 0, versionId: copy.versions[0]!.id });
    expect(await claimsOf(copy.id)).toEqual((await claimsOf(a.id)).map((c) => ({ ...c })));
    // Imported claims keep their context, as claims made by hand do.
    const imported = await db.claim.findMany({ where: { articleId: copy.id }, select: { prefix: true, suffix: true } });
    expect(imported.every((c) => c.prefix !== "" || c.suffix !== "")).toBe(true);
    const events = await db.auditEvent.findMany({ where: { articleId: copy.id, action: "claim.created", field: "import" } });
    expect(events).toHaveLength(4);
    expect(await db.auditEvent.count({ where: { articleId: copy.id, action: "article.annotations_imported" } })).toBe(1);

    // A second import of the same file adds nothing.
    const again = await importAnnotations(t.users.reviewer.session, { articleId: copy.id, document: doc });
    expect(again).toMatchObject({ anchored: 0, orphaned: 0, duplicates: 4 });
    expect(await db.claim.count({ where: { articleId: copy.id } })).toBe(4);
  });

  it("a Hypothesis export: the quotes that still match are anchored, the one that no longer matches is an orphan", async () => {
    const t = await seedTeam();
    const a = await seedArticle(t.teamId, HYPOTHESIS_TEXT, "Bridge");
    const result = await importAnnotations(t.users.reviewer.session, { articleId: a.id, document: HYPOTHESIS });
    expect(result).toMatchObject({ format: "hypothesis", total: 5, anchored: 2, orphaned: 1, duplicates: 0, unreadable: 2 });
    const claims = await claimsOf(a.id);
    expect(claims.filter((c) => c.anchorStatus === "anchored").map((c) => [HYPOTHESIS_TEXT.slice(c.start, c.end), c.sourcingType, c.rationale])).toEqual([
      ["the bridge opened on time", "named_person", "The opening ceremony is on the ministry's video channel."],
      ["it cost $4m more than planned", "anonymous", "No reason given for anonymity."],
    ]);
    const orphan = claims.find((c) => c.anchorStatus === "orphaned")!;
    expect(orphan).toMatchObject({ exact: "the contractor was paid three times", sourcingType: "provided_documents" });
    expect((await db.articleStats.findUniqueOrThrow({ where: { articleId: a.id } })).claims).toBe(2);
  });

  it("refuses a viewer, a foreign article and a file that is not annotations, changing nothing", async () => {
    const t = await seedTeam();
    const other = await seedTeam("other");
    const a = await seedArticle(t.teamId, HYPOTHESIS_TEXT, "Bridge");
    expect(await codeOf(importAnnotations(t.users.viewer.session, { articleId: a.id, document: HYPOTHESIS }))).toBe("FORBIDDEN");
    expect(await codeOf(importAnnotations(other.users.admin.session, { articleId: a.id, document: HYPOTHESIS }))).toBe("NOT_FOUND");
    expect(await codeOf(importAnnotations(t.users.reviewer.session, { articleId: a.id, document: { rows: "nope" } }))).toBe("VALIDATION");
    expect(await db.claim.count({ where: { articleId: a.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { articleId: a.id } })).toBe(0);
  });
});
