// The record an editor signs: withdrawn claims and orphans count nowhere (page data,
// dashboard, exports) until restored or re-attached; duplicates are refused unless meant;
// claim numbers never change or come back; the article's own record is edited, archived
// and deleted with an audit trail. Real PostgreSQL, the app's own data functions.
import { describe, expect, it } from "vitest";
import { deleteArticle, setArticleArchived, updateArticleRecord } from "@/lib/articles/article-record";
import { editArticleText } from "@/lib/articles/edit-article-text";
import { getArticleForReview } from "@/lib/articles/get-article-for-review";
import { ZUpdateArticleRecord } from "@/lib/articles/schemas";
import { createClaim } from "@/lib/claims/create-claim";
import { getClaimDetail } from "@/lib/claims/get-claim-detail";
import { reattachClaim } from "@/lib/claims/reattach-claim";
import { approveClaim, updateClaim } from "@/lib/claims/update-claim";
import { deleteClaim, restoreClaim, withdrawClaim } from "@/lib/claims/withdraw-claim";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toCsv } from "@/lib/exports/csv";
import { loadReport, openReport } from "@/lib/exports/get-report";
import { getDashboard } from "@/lib/reviews/get-dashboard";
import { ZDashboardFilter } from "@/lib/reviews/schemas";
import { parseInput } from "@/lib/validation";
import { failure } from "../support/failure";
import { seedArticle, seedTeam, type TSeededTeam } from "../support/factory";

const S = {
  mayor: "Mayor Ines Costa said the toll would fund repairs.",
  records: "Records show the bridge was last resurfaced in 1998.",
  officials: "The council approved a study of a new toll, according to two officials.",
  docs: "According to documents you provided, the contract was signed in May.",
};
const TEXT = [S.officials, S.mayor, S.records, S.docs].join("\n\n");
const span = (needle: string, text = TEXT) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });
const key = () => `k${Math.random().toString(36).slice(2)}xx`;

async function setup(): Promise<{ t: TSeededTeam; articleId: string; versionId: string }> {
  const t = await seedTeam();
  const a = await seedArticle(t.teamId, TEXT, `Bridge toll ${key()}`);
  return { t, articleId: a.id, versionId: a.versions[0]!.id };
}

// Everything a figure can be read from: the review page's data, the dashboard row and
// totals, and an export of the article.
async function figures(t: TSeededTeam, articleId: string) {
  const session = t.users.viewer.session;
  const page = await getArticleForReview(session, articleId);
  const dash = await getDashboard(session, ZDashboardFilter.parse({}));
  const row = dash.rows.find((r) => r.id === articleId) ?? null;
  const report = await loadReport(await openReport(session, { articleId }));
  const article = report.articles[0]!;
  const verdicts = dash.verdictsBySourcing.map((v) => `${v.sourcing}:${Object.entries(v.verdicts).map(([k, n]) => `${k}=${n}`).join("|")}`).sort();
  return {
    live: page.claims.filter((c) => !c.withdrawn).map((c) => c.id),
    row: row && { claims: row.claims, decided: row.decided, needsReattaching: row.needsReattaching, flags: row.flags, sourcing: row.sourcing },
    summary: { claims: dash.summary.claims, decided: dash.summary.decided, tagged: dash.summary.tagged },
    verdicts,
    exported: article.claims.map((c) => c.id),
    exportedNeedsReattaching: article.needsReattaching,
    csvRows: toCsv(report).trim().split("\r\n").length - 1,
  };
}

describe("withdrawing and restoring a claim", () => {
  it("takes it out of every figure and export, keeps its history, and restores it exactly", async () => {
    const { t, articleId, versionId } = await setup();
    const docs = await createClaim(t.users.reviewer.session, { articleId, versionId, ...span(S.docs), idempotencyKey: key(), sourcingType: "provided_documents" });
    const mayor = await createClaim(t.users.reviewer.session, { articleId, versionId, ...span(S.mayor), idempotencyKey: key(), sourcingType: "named_person" });
    const accurate = await db.ratingLevel.findFirstOrThrow({ where: { teamId: t.teamId, label: "Accurate" }, select: { id: true } });
    const rated = await updateClaim(t.users.reviewer.session, { claimId: docs.id, baseVersion: docs.version, patch: { ratingId: accurate.id } });
    const before = await figures(t, articleId);
    expect(before.row).toMatchObject({ claims: 2, decided: 1, flags: ["provided_documents"] });
    expect(before.exported).toHaveLength(2);

    const w = await withdrawClaim(t.users.reviewer.session, { claimId: rated.id, baseVersion: rated.version, reason: "Marked by mistake" });
    expect(w.withdrawn).toMatchObject({ reason: "Marked by mistake" });
    const during = await figures(t, articleId);
    expect(during.row).toMatchObject({ claims: 1, decided: 0, flags: [], needsReattaching: 0 });
    expect(during.row?.sourcing.provided_documents).toBe(0);
    expect(during.summary).toEqual({ claims: before.summary.claims - 1, decided: before.summary.decided - 1, tagged: before.summary.tagged - 1 });
    expect(during.verdicts.join()).not.toContain("Accurate");
    expect(during.exported).toEqual([mayor.id]);
    expect(during.csvRows).toBe(1);
    expect(during.live).toEqual([mayor.id]);
    // Still in the page's data (the "Withdrawn" list) and with its history.
    const page = await getArticleForReview(t.users.viewer.session, articleId);
    expect(page.claims.find((c) => c.id === docs.id)?.withdrawn?.reason).toBe("Marked by mistake");
    const history = (await getClaimDetail(t.users.viewer.session, docs.id)).history.map((h) => h.text);
    expect(history).toEqual(expect.arrayContaining(["Withdrawn: “Marked by mistake”", "Verdict: — → Accurate (5)"]));
    // A withdrawn claim is not edited, approved or withdrawn again.
    expect((await failure(updateClaim(t.users.reviewer.session, { claimId: docs.id, baseVersion: w.version, patch: { rationale: "x" } }))).code).toBe("CONFLICT");
    expect((await failure(approveClaim(t.users.editor.session, { claimId: docs.id, baseVersion: w.version }))).code).toBe("CONFLICT");
    expect((await failure(withdrawClaim(t.users.reviewer.session, { claimId: docs.id, baseVersion: w.version, reason: null }))).code).toBe("CONFLICT");

    const r = await restoreClaim(t.users.reviewer.session, { claimId: docs.id, baseVersion: w.version });
    expect(r.withdrawn).toBeNull();
    expect(await figures(t, articleId)).toEqual(before);
    expect((await getClaimDetail(t.users.viewer.session, docs.id)).history[0]!.text).toBe("Restored to the record");
  });

  it("lets a reviewer withdraw their own claims, not another's or an approved one; editors withdraw any", async () => {
    const { t, articleId, versionId } = await setup();
    const second = await seedTeam("second");
    const otherReviewer = (await db.user.create({ data: { email: `r2-${key()}@test.sourcebench.test`, name: "Second reviewer" }, select: { id: true } })).id;
    await db.membership.create({ data: { userId: otherReviewer, teamId: t.teamId, role: "reviewer" } });
    const theirs = { userId: otherReviewer, teamId: t.teamId };
    const mine = await createClaim(t.users.reviewer.session, { articleId, versionId, ...span(S.mayor), idempotencyKey: key() });
    const notMine = await createClaim(theirs, { articleId, versionId, ...span(S.records), idempotencyKey: key() });
    expect((await failure(withdrawClaim(t.users.reviewer.session, { claimId: notMine.id, baseVersion: 1, reason: null }))).code).toBe("FORBIDDEN");
    expect((await failure(withdrawClaim(t.users.viewer.session, { claimId: mine.id, baseVersion: 1, reason: null }))).code).toBe("FORBIDDEN");
    expect((await failure(withdrawClaim(second.users.admin.session, { claimId: mine.id, baseVersion: 1, reason: null }))).code).toBe("NOT_FOUND");

    const accurate = await db.ratingLevel.findFirstOrThrow({ where: { teamId: t.teamId, label: "Accurate" }, select: { id: true } });
    const decided = await updateClaim(theirs, { claimId: mine.id, baseVersion: 1, patch: { ratingId: accurate.id } });
    const approved = await approveClaim(t.users.editor.session, { claimId: mine.id, baseVersion: decided.version });
    expect((await failure(withdrawClaim(t.users.reviewer.session, { claimId: mine.id, baseVersion: approved.version, reason: null }))).message).toContain("approved");
    const byEditor = await withdrawClaim(t.users.editor.session, { claimId: notMine.id, baseVersion: 1, reason: null });
    expect(byEditor.withdrawn).not.toBeNull();
    // A stale version is refused with the newer values, like any save.
    expect((await failure(restoreClaim(t.users.editor.session, { claimId: notMine.id, baseVersion: 1 }))).code).toBe("STALE");
    expect(await db.claim.count({ where: { articleId, withdrawnAt: null } })).toBe(1);
  });

  it("deletes permanently only as an admin and only once withdrawn, with the delete kept on the article's history", async () => {
    const { t, articleId, versionId } = await setup();
    const c = await createClaim(t.users.reviewer.session, { articleId, versionId, ...span(S.mayor), idempotencyKey: key() });
    expect((await failure(deleteClaim(t.users.admin.session, { claimId: c.id }))).code).toBe("CONFLICT");
    const w = await withdrawClaim(t.users.reviewer.session, { claimId: c.id, baseVersion: 1, reason: "typo" });
    for (const who of ["reviewer", "editor", "viewer"] as const) expect((await failure(deleteClaim(t.users[who].session, { claimId: c.id }))).code).toBe("FORBIDDEN");
    expect(await deleteClaim(t.users.admin.session, { claimId: w.id })).toEqual({ id: c.id, number: 1 });
    expect(await db.claim.count({ where: { id: c.id } })).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { articleId, action: "claim.deleted" }, select: { actorId: true, oldValue: true } });
    expect(audit.actorId).toBe(t.users.admin.id);
    expect(audit.oldValue).toMatchObject({ number: 1, exact: S.mayor, withdrawReason: "typo" });
    // The number is never given again.
    const next = await createClaim(t.users.reviewer.session, { articleId, versionId, ...span(S.mayor), idempotencyKey: key() });
    expect(next.number).toBe(2);
  });
});

describe("duplicates", () => {
  it("refuses a claim on the same span (any type) or ≥ 90% of it with the same type, naming the claim, unless a second one is meant", async () => {
    const { t, articleId, versionId } = await setup();
    const first = await createClaim(t.users.reviewer.session, { articleId, versionId, ...span(S.officials), idempotencyKey: key(), sourcingType: "anonymous" });
    const same = await failure(createClaim(t.users.reviewer.session, { articleId, versionId, ...span(S.officials), idempotencyKey: key(), sourcingType: "official" }));
    expect(same.code).toBe("CONFLICT");
    expect(same.details).toEqual({ existingClaimId: first.id, existingNumber: 1 });
    const s = span(S.officials);
    const near = await failure(createClaim(t.users.reviewer.session, { articleId, versionId, start: s.start + 4, end: s.end, idempotencyKey: key(), sourcingType: "anonymous" }));
    expect(near.code).toBe("CONFLICT");
    // A phrase inside it, or the same span meant as a second claim, is fine.
    await createClaim(t.users.reviewer.session, { articleId, versionId, ...span("two officials"), idempotencyKey: key(), sourcingType: "anonymous" });
    const second = await createClaim(t.users.reviewer.session, { articleId, versionId, ...span(S.officials), idempotencyKey: key(), sourcingType: "official", allowDuplicate: true });
    expect(second.number).toBe(3);
    // A retried request is not a duplicate: it returns the claim it made.
    const k = key();
    const made = await createClaim(t.users.reviewer.session, { articleId, versionId, ...span(S.records), idempotencyKey: k });
    expect((await createClaim(t.users.reviewer.session, { articleId, versionId, ...span(S.records), idempotencyKey: k })).id).toBe(made.id);
    // A withdrawn claim no longer blocks its span.
    const w = await withdrawClaim(t.users.reviewer.session, { claimId: made.id, baseVersion: 1, reason: null });
    expect(w.withdrawn).not.toBeNull();
    await createClaim(t.users.reviewer.session, { articleId, versionId, ...span(S.records), idempotencyKey: key() });
  });

  it("lets exactly one of many simultaneous creates of one span through", async () => {
    const { t, articleId, versionId } = await setup();
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => createClaim(t.users.reviewer.session, { articleId, versionId, ...span(S.mayor), idempotencyKey: key() })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").every((r) => (r as PromiseRejectedResult).reason instanceof AppError && (r as PromiseRejectedResult).reason.code === "CONFLICT")).toBe(true);
    expect(await db.claim.count({ where: { articleId } })).toBe(1);
  });
});

describe("orphans", () => {
  it("count nowhere but as 'need re-attaching' until re-attached", async () => {
    const { t, articleId, versionId } = await setup();
    const records = await createClaim(t.users.reviewer.session, { articleId, versionId, ...span(S.records), idempotencyKey: key(), sourcingType: "documents" });
    await createClaim(t.users.reviewer.session, { articleId, versionId, ...span(S.docs), idempotencyKey: key(), sourcingType: "provided_documents" });
    const before = await figures(t, articleId);
    // The edit deletes the sentence of the provided-documents claim.
    const edited = [S.officials, S.mayor, S.records].join("\n\n");
    const r = await editArticleText(t.users.reviewer.session, { articleId, baseVersion: 1, text: edited });
    expect(r).toMatchObject({ orphaned: 1 });
    const during = await figures(t, articleId);
    expect(during.row).toMatchObject({ claims: 1, needsReattaching: 1, flags: [] });
    expect(during.summary.claims).toBe(before.summary.claims - 1);
    expect(during.exported).toEqual([records.id]);
    expect(during.exportedNeedsReattaching).toBe(1);
    expect(during.csvRows).toBe(1);

    const page = await getArticleForReview(t.users.reviewer.session, articleId);
    const orphan = page.claims.find((c) => c.anchorStatus === "orphaned")!;
    const back = await reattachClaim(t.users.reviewer.session, { claimId: orphan.id, baseVersion: orphan.version, ...span(S.mayor, edited) });
    expect(back.anchorStatus).toBe("anchored");
    const after = await figures(t, articleId);
    expect(after.row).toMatchObject({ claims: 2, needsReattaching: 0, flags: ["provided_documents"] });
    expect(after.exportedNeedsReattaching).toBe(0);
  });
});

describe("claim numbers", () => {
  it("are given at creation, per article, and never change when claims move, are withdrawn or are made out of text order", async () => {
    const { t, articleId, versionId } = await setup();
    const records = await createClaim(t.users.reviewer.session, { articleId, versionId, ...span(S.records), idempotencyKey: key() });
    const officials = await createClaim(t.users.reviewer.session, { articleId, versionId, ...span(S.officials), idempotencyKey: key() });
    const mayor = await createClaim(t.users.reviewer.session, { articleId, versionId, ...span(S.mayor), idempotencyKey: key() });
    expect([records.number, officials.number, mayor.number]).toEqual([1, 2, 3]);
    const other = await seedArticle(t.teamId, TEXT);
    expect((await createClaim(t.users.reviewer.session, { articleId: other.id, versionId: other.versions[0]!.id, ...span(S.mayor), idempotencyKey: key() })).number).toBe(1);

    await withdrawClaim(t.users.reviewer.session, { claimId: officials.id, baseVersion: 1, reason: null });
    await editArticleText(t.users.reviewer.session, { articleId, baseVersion: 1, text: `A new first paragraph.\n\n${TEXT}` });
    const page = await getArticleForReview(t.users.reviewer.session, articleId);
    expect(Object.fromEntries(page.claims.map((c) => [c.id, c.number]))).toEqual({ [records.id]: 1, [officials.id]: 2, [mayor.id]: 3 });
    const report = await loadReport(await openReport(t.users.viewer.session, { articleId }));
    // Exports list the record in text order, each claim under its own number.
    expect(report.articles[0]!.claims.map((c) => [c.quote, c.number])).toEqual([[S.mayor, 3], [S.records, 1]]);
    const csv = toCsv(report);
    expect(csv).toContain(`,3,${mayor.id},`);
    expect(csv).toContain(`,1,${records.id},`);
  });
});

describe("the article's record", () => {
  it("edits metadata with an audit row per field and stores links in WHATWG form", async () => {
    const { t, articleId } = await setup();
    const input = parseInput(ZUpdateArticleRecord, { articleId, title: "Bridge toll: the study", outlet: "Daily Ledger", url: "www.ledger.example/a b", publishedAt: "2026-03-14" });
    const r = await updateArticleRecord(t.users.reviewer.session, input);
    expect(r).toMatchObject({ title: "Bridge toll: the study", outlet: "Daily Ledger", url: "https://www.ledger.example/a%20b", publishedAt: "2026-03-14T00:00:00.000Z" });
    const audit = await db.auditEvent.findMany({ where: { articleId, action: "article.updated" }, select: { field: true, newValue: true }, orderBy: { field: "asc" } });
    expect(audit.map((a) => a.field)).toEqual(["outlet", "publishedAt", "title", "url"]);
    expect(() => parseInput(ZUpdateArticleRecord, { articleId, url: "javascript:alert(1)" })).toThrow(/Only web addresses/);
    expect((await failure(updateArticleRecord(t.users.viewer.session, { articleId, title: "x" }))).code).toBe("FORBIDDEN");
  });

  it("archives out of the dashboard and its totals, restores, and deletes as an admin only", async () => {
    const { t, articleId, versionId } = await setup();
    await createClaim(t.users.reviewer.session, { articleId, versionId, ...span(S.mayor), idempotencyKey: key(), sourcingType: "named_person" });
    const dash = () => getDashboard(t.users.viewer.session, ZDashboardFilter.parse({}));
    const archive = () => getDashboard(t.users.viewer.session, ZDashboardFilter.parse({ archived: "1" }));
    expect((await dash()).rows.map((r) => r.id)).toEqual([articleId]);
    expect((await failure(setArticleArchived(t.users.reviewer.session, { articleId, archived: true }))).code).toBe("FORBIDDEN");
    await setArticleArchived(t.users.editor.session, { articleId, archived: true });
    expect((await dash()).rows).toEqual([]);
    expect((await dash()).summary.claims).toBe(0);
    expect((await dash()).verdictsBySourcing).toEqual([]);
    expect((await archive()).rows.map((r) => r.id)).toEqual([articleId]);
    expect((await archive()).verdictsBySourcing.map((v) => v.sourcing)).toEqual(["named_person"]);
    await setArticleArchived(t.users.editor.session, { articleId, archived: false });
    expect((await dash()).summary.claims).toBe(1);

    expect((await failure(deleteArticle(t.users.editor.session, { articleId }))).code).toBe("FORBIDDEN");
    await deleteArticle(t.users.admin.session, { articleId });
    expect(await db.article.count({ where: { id: articleId } })).toBe(0);
    expect(await db.claim.count({ where: { articleId } })).toBe(0);
    expect(await db.auditEvent.count({ where: { articleId, action: "article.deleted" } })).toBe(1);
    expect((await dash()).verdictsBySourcing).toEqual([]);
  });
});

describe("an approval", () => {
  it("is withdrawn by any change to what it approved (sourcing, verdict, rationale, words), not by an assignment", async () => {
    const { t, articleId, versionId } = await setup();
    const accurate = await db.ratingLevel.findFirstOrThrow({ where: { teamId: t.teamId, label: "Accurate" }, select: { id: true } });
    const approve = async (claimId: string, baseVersion: number) => approveClaim(t.users.editor.session, { claimId, baseVersion });
    const c = await createClaim(t.users.reviewer.session, { articleId, versionId, ...span(S.mayor), idempotencyKey: key(), sourcingType: "named_person" });
    let cur = await approve(c.id, (await updateClaim(t.users.reviewer.session, { claimId: c.id, baseVersion: 1, patch: { ratingId: accurate.id, rationale: "On video." } })).version);
    expect(cur.status).toBe("approved");
    cur = await updateClaim(t.users.reviewer.session, { claimId: c.id, baseVersion: cur.version, patch: { assigneeId: t.users.reviewer.id } });
    expect(cur.status).toBe("approved");

    for (const patch of [{ rationale: "Rewritten." }, { sourcePhrase: "the mayor's office" }, { sourcingType: "official" as const }]) {
      cur = await updateClaim(t.users.reviewer.session, { claimId: c.id, baseVersion: cur.version, patch });
      expect(cur).toMatchObject({ status: "decided", approvedAt: null, approvedById: null });
      expect((await getClaimDetail(t.users.viewer.session, c.id)).history.slice(0, 3).map((h) => h.text)).toContain("Approval withdrawn: the claim changed after it was approved");
      const report = await loadReport(await openReport(t.users.viewer.session, { articleId }));
      expect(report.articles[0]!.claims[0]!.status).toBe("decided");
      cur = await approve(c.id, cur.version);
    }

    // Re-attached to other words: approve again.
    cur = await reattachClaim(t.users.reviewer.session, { claimId: c.id, baseVersion: cur.version, ...span(S.records) });
    expect(cur).toMatchObject({ status: "decided", exact: S.records, approvedById: null });
    cur = await approve(c.id, cur.version);
    // An edit that changes its words: approve again; one that leaves them alone keeps it.
    const moved = `A new lead.\n\n${TEXT}`;
    await editArticleText(t.users.reviewer.session, { articleId, baseVersion: 1, text: moved });
    expect((await db.claim.findUniqueOrThrow({ where: { id: c.id }, select: { status: true } })).status).toBe("approved");
    await editArticleText(t.users.reviewer.session, { articleId, baseVersion: 2, text: moved.replace("resurfaced in 1998", "resurfaced in 1999") });
    expect(await db.claim.findUniqueOrThrow({ where: { id: c.id }, select: { status: true, approvedById: true, exact: true } })).toEqual({
      status: "decided", approvedById: null, exact: S.records.replace("1998", "1999"),
    });
  });
});

describe("re-anchoring after an edit, through the app", () => {
  it("orphans the claim on a deleted copy of a repeated sentence, and keeps the claim on the copy that stays", async () => {
    const t = await seedTeam();
    const repeated = "The regional water authority said on Tuesday that it would not raise prices before the end of the current financial year.";
    const text = [`Officials met on Monday. ${repeated}`, "Residents protested outside the town hall for a second day.", `In a later statement, ${repeated}`, "The next meeting is in May."].join("\n\n");
    const a = await seedArticle(t.teamId, text);
    const versionId = a.versions[0]!.id;
    const first = text.indexOf(repeated);
    const second = text.lastIndexOf(repeated);
    const mk = (start: number) => createClaim(t.users.reviewer.session, { articleId: a.id, versionId, start, end: start + repeated.length, idempotencyKey: key(), allowDuplicate: true });
    const onFirst = await mk(first);
    const onSecond = await mk(second);
    // The second paragraph's copy is deleted with its lead-in.
    const edited = text.replace(`In a later statement, ${repeated}`, "In a later statement, the authority declined to comment.");
    const r = await editArticleText(t.users.reviewer.session, { articleId: a.id, baseVersion: 1, text: edited });
    expect(r).toMatchObject({ orphaned: 1 });
    const rows = await db.claim.findMany({ where: { articleId: a.id }, select: { id: true, anchorStatus: true, start: true, end: true } });
    const byId = new Map(rows.map((x) => [x.id, x]));
    expect(byId.get(onSecond.id)?.anchorStatus).toBe("orphaned");
    expect(byId.get(onFirst.id)).toMatchObject({ anchorStatus: "anchored", start: edited.indexOf(repeated), end: edited.indexOf(repeated) + repeated.length });
  });
});
