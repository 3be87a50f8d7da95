import { describe, expect, it } from "vitest";
import { editArticleText } from "@/lib/articles/edit-article-text";
import { getArticleForReview } from "@/lib/articles/get-article-for-review";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/evidence-and-comments";
import { getClaimDetail } from "@/lib/claims/get-claim-detail";
import type { TStaleDetails } from "@/lib/claims/stale";
import { approveClaim, updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { failure } from "../support/failure";
import { seedArticle, seedTeam, type TSeededTeam } from "../support/factory";

const TEXT = [
  "Officials weigh new bridge toll",
  "",
  "The city council has approved a study of a new toll on the river bridge, according to two officials who asked not to be named because the plan is not public.",
  "",
  "Mayor Ines Costa said the toll would fund repairs. Records show the bridge was last resurfaced in 1998.",
].join("\n");

async function setup(): Promise<{ t: TSeededTeam; articleId: string; versionId: string }> {
  const t = await seedTeam();
  const a = await seedArticle(t.teamId, TEXT);
  return { t, articleId: a.id, versionId: a.versions[0]!.id };
}

const span = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });
const key = () => `k${Math.random().toString(36).slice(2)}xx`;

describe("claims", () => {
  it("creates a claim with selectors computed from the stored text, once per idempotency key", async () => {
    const { t, articleId, versionId } = await setup();
    const k = key();
    const input = { articleId, versionId, ...span("Mayor Ines Costa said the toll would fund repairs."), idempotencyKey: k };
    const [a, b] = await Promise.all([createClaim(t.users.reviewer.session, input), createClaim(t.users.reviewer.session, input)]);
    expect(a.id).toBe(b.id);
    expect(a.exact).toBe("Mayor Ines Costa said the toll would fund repairs.");
    expect(TEXT.endsWith(a.suffix) || TEXT.includes(a.prefix + a.exact + a.suffix)).toBe(true);
    expect(await db.claim.count({ where: { articleId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { claimId: a.id, action: "claim.created" } })).toBe(1);
  });

  it("an accepted suggestion's source, cue, identification and hand are stored with the claim and in its history", async () => {
    const { t, articleId, versionId } = await setup();
    const c = await createClaim(t.users.reviewer.session, {
      articleId, versionId, ...span("Mayor Ines Costa said the toll would fund repairs."), idempotencyKey: key(),
      sourcingType: "official", sourcePhrase: "Mayor Ines Costa", cue: "said", identification: "full", hand: "first_hand",
    });
    const stored = await db.claim.findUniqueOrThrow({ where: { id: c.id }, select: { sourcingType: true, sourcePhrase: true, cue: true, identification: true, hand: true } });
    expect(stored).toEqual({ sourcingType: "official", sourcePhrase: "Mayor Ines Costa", cue: "said", identification: "full", hand: "first_hand" });
    const fields = (await db.auditEvent.findMany({ where: { claimId: c.id, action: "claim.created" }, select: { field: true } })).map((e) => e.field).sort();
    expect(fields).toEqual(["cue", "exact", "hand", "identification", "sourcePhrase", "sourcingType"]);
  });

  it("refuses viewers, foreign teams and spans outside the text", async () => {
    const { t, articleId, versionId } = await setup();
    const other = await seedTeam("other");
    const input = { articleId, versionId, start: 0, end: 5, idempotencyKey: key() };
    expect((await failure(createClaim(t.users.viewer.session, input))).code).toBe("FORBIDDEN");
    expect((await failure(createClaim(other.users.admin.session, input))).code).toBe("NOT_FOUND");
    expect((await failure(createClaim(t.users.reviewer.session, { ...input, end: TEXT.length + 10 }))).code).toBe("VALIDATION");
    expect(await db.claim.count({ where: { articleId } })).toBe(0);
  });

  it("saves with optimistic locking: a stale save is refused with who changed what", async () => {
    const { t, articleId, versionId } = await setup();
    const c = await createClaim(t.users.reviewer.session, { articleId, versionId, ...span("Records show the bridge was last resurfaced in 1998."), idempotencyKey: key() });
    const saved = await updateClaim(t.users.reviewer.session, { claimId: c.id, baseVersion: 1, patch: { sourcingType: "documents", sourcePhrase: "Records" } });
    expect(saved.version).toBe(2);
    expect(saved.status).toBe("in_review");

    const err = await failure(updateClaim(t.users.editor.session, { claimId: c.id, baseVersion: 1, patch: { sourcingType: "unattributed" } }));
    expect(err.code).toBe("STALE");
    const details = err.details as TStaleDetails;
    expect(details.current.sourcingType).toBe("documents");
    expect(details.changes.find((x) => x.field === "sourcingType")).toMatchObject({ new: "documents", by: expect.stringContaining("reviewer") });
    const row = await db.claim.findUniqueOrThrow({ where: { id: c.id }, select: { sourcingType: true, version: true } });
    expect(row).toEqual({ sourcingType: "documents", version: 2 });
  });

  it("of 20 concurrent saves on one version exactly one wins and the history holds only it", async () => {
    const { t, articleId, versionId } = await setup();
    const c = await createClaim(t.users.reviewer.session, { articleId, versionId, ...span("Mayor Ines Costa said"), idempotencyKey: key() });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => updateClaim(i % 2 ? t.users.reviewer.session : t.users.editor.session, { claimId: c.id, baseVersion: 1, patch: { rationale: `take ${i}` } })),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect((r.reason as AppError).code).toBe("STALE");
    const final = await db.claim.findUniqueOrThrow({ where: { id: c.id }, select: { rationale: true, version: true } });
    expect(final.version).toBe(2);
    const events = await db.auditEvent.findMany({ where: { claimId: c.id, field: "rationale" }, select: { newValue: true } });
    expect(events).toEqual([{ newValue: final.rationale }]);
  });

  it("a verdict decides the claim; only another editor approves it", async () => {
    const { t, articleId, versionId } = await setup();
    const c = await createClaim(t.users.editor.session, { articleId, versionId, ...span("Mayor Ines Costa said the toll would fund repairs."), idempotencyKey: key() });
    const accurate = await db.ratingLevel.findFirstOrThrow({ where: { teamId: t.teamId, label: "Accurate" }, select: { id: true } });
    const decided = await updateClaim(t.users.editor.session, { claimId: c.id, baseVersion: 1, patch: { ratingId: accurate.id, rationale: "Council minutes confirm it." } });
    expect(decided).toMatchObject({ status: "decided", decidedById: t.users.editor.id, ratingLabel: "Accurate", ratingValue: 5 });

    expect((await failure(approveClaim(t.users.editor.session, { claimId: c.id, baseVersion: decided.version }))).code).toBe("FORBIDDEN");
    expect((await failure(approveClaim(t.users.reviewer.session, { claimId: c.id, baseVersion: decided.version }))).code).toBe("FORBIDDEN");
    const approved = await approveClaim(t.users.admin.session, { claimId: c.id, baseVersion: decided.version });
    expect(approved).toMatchObject({ status: "approved", approvedById: t.users.admin.id });

    // Changing an approved verdict withdraws the approval.
    const mostly = await db.ratingLevel.findFirstOrThrow({ where: { teamId: t.teamId, label: "Mostly accurate" }, select: { id: true } });
    const changed = await updateClaim(t.users.reviewer.session, { claimId: c.id, baseVersion: approved.version, patch: { ratingId: mostly.id } });
    expect(changed).toMatchObject({ status: "decided", approvedById: null, decidedById: t.users.reviewer.id });
    const article = await getArticleForReview(t.users.viewer.session, articleId);
    expect(article.claims[0]!.ratingLabel).toBe("Mostly accurate");
  });

  it("refuses a verdict from another team's scale and an assignee from another team", async () => {
    const { t, articleId, versionId } = await setup();
    const other = await seedTeam("other");
    const c = await createClaim(t.users.reviewer.session, { articleId, versionId, start: 0, end: 10, idempotencyKey: key() });
    const foreign = await db.ratingLevel.findFirstOrThrow({ where: { teamId: other.teamId }, select: { id: true } });
    expect((await failure(updateClaim(t.users.reviewer.session, { claimId: c.id, baseVersion: 1, patch: { ratingId: foreign.id } }))).code).toBe("VALIDATION");
    expect((await failure(updateClaim(t.users.reviewer.session, { claimId: c.id, baseVersion: 1, patch: { assigneeId: other.users.reviewer.id } }))).code).toBe("VALIDATION");
    expect((await db.claim.findUniqueOrThrow({ where: { id: c.id } })).version).toBe(1);
  });

  it("pages a claim's comments from the newest back, losing none that share a timestamp", async () => {
    const { t, articleId, versionId } = await setup();
    const c = await createClaim(t.users.reviewer.session, { articleId, versionId, ...span("according to two officials"), idempotencyKey: key() });
    const at = new Date("2026-11-30T10:00:00.000Z");
    await db.comment.createMany({ data: Array.from({ length: 120 }, (_, i) => ({ teamId: t.teamId, claimId: c.id, authorId: t.users.reviewer.id, body: `note ${i}`, createdAt: i < 100 ? at : new Date(at.getTime() + i) })) });
    const first = await getClaimDetail(t.users.viewer.session, c.id);
    expect(first.comments).toHaveLength(50);
    expect(first.comments.at(-1)!.body).toBe("note 119");
    expect(first.earlierComments).toBe(true);
    const bodies = first.comments.map((x) => x.body);
    let page = first;
    while (page.earlierComments) {
      page = await getClaimDetail(t.users.viewer.session, c.id, { commentsBefore: page.comments[0]!.id });
      bodies.unshift(...page.comments.map((x) => x.body));
    }
    expect(bodies).toHaveLength(120);
    expect(new Set(bodies).size).toBe(120);
  });

  it("records evidence and every field change in the claim's history", async () => {
    const { t, articleId, versionId } = await setup();
    const c = await createClaim(t.users.reviewer.session, { articleId, versionId, ...span("according to two officials"), idempotencyKey: key() });
    await updateClaim(t.users.reviewer.session, { claimId: c.id, baseVersion: 1, patch: { sourcingType: "anonymous", anonymityReason: "Plan not public", hand: "first_hand" } });
    await addEvidence(t.users.reviewer.session, { claimId: c.id, url: "https://council.example/minutes", note: "Minutes" });
    const detail = await getClaimDetail(t.users.viewer.session, c.id);
    expect(detail.history.map((h) => h.text)).toEqual(
      expect.arrayContaining([
        "Sourcing: — → Anonymous",
        "Reason for anonymity: — → “Plan not public”",
        "First- or second-hand: — → First-hand",
        "Status: Open → In review",
        "Evidence added: “Minutes”",
        "Claim made on “according to two officials”",
      ]),
    );
    expect(detail.history.every((h) => h.by && h.when && !/[{}]/.test(h.text))).toBe(true);
  });
});

describe("editing the text", () => {
  it("makes a new version, moves claims with their text and orphans those whose text is gone", async () => {
    const { t, articleId, versionId } = await setup();
    const mk = (needle: string) => createClaim(t.users.reviewer.session, { articleId, versionId, ...span(needle), idempotencyKey: key() });
    const mayor = await mk("Mayor Ines Costa said the toll would fund repairs.");
    const records = await mk("Records show the bridge was last resurfaced in 1998.");
    const council = await mk("The city council has approved a study of a new toll on the river bridge");
    const edited = TEXT.replace("Officials weigh new bridge toll", "BREAKING: Officials weigh a new toll on the old bridge")
      .replace("Records show the bridge was last resurfaced in 1998.", "")
      .replace("The city council has approved a study", "The city council approved a study");
    const r = await editArticleText(t.users.reviewer.session, { articleId, text: edited, baseVersion: 1 });
    expect(r).toMatchObject({ version: 2, orphaned: 1 });
    expect(r.kept + r.moved).toBe(2);

    const data = await getArticleForReview(t.users.reviewer.session, articleId);
    expect(data.article.version.number).toBe(2);
    const byId = new Map(data.claims.map((c) => [c.id, c]));
    const m = byId.get(mayor.id)!;
    expect(edited.slice(m.start, m.end)).toBe("Mayor Ines Costa said the toll would fund repairs.");
    expect(byId.get(records.id)!.anchorStatus).toBe("orphaned");
    const c = byId.get(council.id)!;
    expect(c.anchorStatus).toBe("anchored");
    expect(edited.slice(c.start, c.end)).toBe(c.exact);
    expect(c.exact).toContain("approved a study of a new toll");
    // The old version is kept unchanged.
    expect((await db.articleVersion.findUniqueOrThrow({ where: { id: versionId } })).text).toBe(TEXT);
    expect(await db.claim.count({ where: { articleId } })).toBe(3);

    expect((await failure(editArticleText(t.users.reviewer.session, { articleId, text: "x", baseVersion: 1 }))).code).toBe("STALE");
  });
});
