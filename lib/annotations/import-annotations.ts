// Imports a W3C Web Annotation or Hypothesis JSON file into an article's claims. The
// file is read and every annotation anchored before anything is written; the writes
// are one transaction under the team's claim-write lock, so an import lands whole or
// not at all. Anchored annotations become claims at their place (an annotation on the
// same text as a live claim is skipped as a duplicate, so importing a file twice adds
// nothing); the rest become orphans with the imported selectors, listed for a reviewer
// to re-attach, never placed by guess. Tags name the sourcing type, a classifying body
// the verdict (when it is a label of the team's scale: the claim is then "decided" by
// the importer, never approved), a commenting body the rationale, linking bodies the
// evidence.
import "server-only";
import { describeSpan } from "@/lib/anchoring";
import { normaliseWebUrl } from "@/lib/articles/schemas";
import type { TSession } from "@/lib/auth";
import { recordClaimEvents, type TFieldChange } from "@/lib/claims/audit";
import { findDuplicate } from "@/lib/claims/duplicates";
import { db, lockTeamForClaimWrites } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/limits/rate-limit";
import { requireMember } from "@/lib/teams/require-member";
import { anchorAnnotations } from "./anchor-annotations";
import { parseAnnotations, type TParsedAnnotations } from "./parse-annotations";
import { foldLabel, sourcingTypeOfTags } from "./sourcing-tags";
import { anchorColumns } from "@/lib/claims/span";

export type TImportAnnotationsResult = {
  format: TParsedAnnotations["format"];
  versionId: string;
  /** Annotations in the file. */
  total: number;
  /** New claims anchored in the current text. */
  anchored: number;
  /** New claims whose text could not be found with confidence: listed as needing re-attaching. */
  orphaned: number;
  /** Skipped: a live claim already covers the same text. */
  duplicates: number;
  /** Skipped: no quote to anchor (page notes, replies, RangeSelector alone). */
  unreadable: number;
};

const RATIONALE_MAX = 5000;

export async function importAnnotations(session: TSession | null, input: { articleId: string; document: unknown }): Promise<TImportAnnotationsResult> {
  const actor = await requireMember(session, "claim.create");
  const article = await db.article.findFirst({ where: { id: input.articleId, teamId: actor.teamId }, select: { id: true, currentVersion: true } });
  if (!article) throw notFound("That article");
  await consumeRateLimit(actor.userId, "annotations");
  const parsed = parseAnnotations(input.document);
  const version = await db.articleVersion.findUniqueOrThrow({
    where: { articleId_number: { articleId: article.id, number: article.currentVersion } },
    select: { id: true, number: true, text: true },
  });
  // CPU only, before the transaction: the lock is held for the writes alone.
  const placed = anchorAnnotations(parsed.annotations, version.text);
  const ratings = await db.ratingLevel.findMany({ where: { teamId: actor.teamId }, select: { id: true, label: true } });
  const ratingByLabel = new Map(ratings.map((r) => [foldLabel(r.label), r]));

  return db.$transaction(
    async (tx) => {
      await lockTeamForClaimWrites(tx, actor.teamId);
      const now = await tx.article.findFirst({ where: { id: article.id, teamId: actor.teamId }, select: { currentVersion: true } });
      if (!now) throw notFound("That article");
      if (now.currentVersion !== version.number) {
        throw new AppError("STALE", "The article text was edited while the annotations were being placed. Import the file again.");
      }
      const live = await tx.claim.findMany({
        where: { articleId: article.id, teamId: actor.teamId, withdrawnAt: null, anchorStatus: "anchored" },
        select: { start: true, end: true, sourcingType: true },
      });
      const tally = { anchored: 0, orphaned: 0, duplicates: 0 };
      for (const p of placed) {
        const a = p.annotation;
        const sourcingType = sourcingTypeOfTags(a.tags);
        const rating = a.classifications.map((c) => ratingByLabel.get(foldLabel(c))).find(Boolean) ?? null;
        const rationale = a.comment?.trim() ? a.comment.trim().slice(0, RATIONALE_MAX) : null;
        let sel;
        if (p.status === "anchored") {
          if (findDuplicate({ start: p.start, end: p.end, sourcingType }, live)) {
            tally.duplicates++;
            continue;
          }
          sel = describeSpan(version.text, p.start, p.end);
          live.push({ start: p.start, end: p.end, sourcingType });
        } else {
          const { start, end } = p.selectors.position;
          // An orphan keeps the imported quote; its position is only a hint for later edits.
          const hint = start >= 0 && end <= version.text.length ? { start, end } : { start: 0, end: Math.min(a.quote.exact.length, version.text.length) };
          sel = { quote: p.selectors.quote, position: hint };
        }
        const evidence = a.links.map((l) => normaliseWebUrl(l)).flatMap((r) => (r.ok ? [r.url] : []));
        const claim = await tx.claim.create({
          data: {
            teamId: actor.teamId,
            articleId: article.id,
            versionId: version.id,
            ...anchorColumns(sel),
            anchorStatus: p.status,
            sourcingType,
            rationale,
            ...(rating ? { ratingId: rating.id, status: "decided" as const, decidedById: actor.userId, decidedAt: new Date() } : {}),
            createdById: actor.userId,
            evidence: { create: [...new Set(evidence)].map((url) => ({ teamId: actor.teamId, articleId: article.id, url, note: "" })) },
          },
          select: { id: true },
        });
        tally[p.status]++;
        const changes: TFieldChange[] = [
          { field: "exact", old: null, new: sel.quote.exact },
          { field: "import", old: null, new: { format: parsed.format, index: a.index } },
          ...(sourcingType ? [{ field: "sourcingType", old: null, new: sourcingType }] : []),
          ...(rating ? [{ field: "ratingId", old: null, new: rating.id }, { field: "status", old: null, new: "decided" }] : []),
          ...(rationale ? [{ field: "rationale", old: null, new: rationale }] : []),
          ...(p.status === "orphaned" ? [{ field: "anchor", old: null, new: { status: "orphaned", reason: p.reason } }] : []),
        ];
        await recordClaimEvents(tx, { teamId: actor.teamId, claimId: claim.id, articleId: article.id, actorId: actor.userId, claimVersion: 1 }, "claim.created", changes);
      }
      const result: TImportAnnotationsResult = {
        format: parsed.format,
        versionId: version.id,
        total: parsed.annotations.length + parsed.unreadable,
        ...tally,
        unreadable: parsed.unreadable,
      };
      await tx.auditEvent.create({
        data: { teamId: actor.teamId, articleId: article.id, actorId: actor.userId, action: "article.annotations_imported", newValue: { ...result } },
      });
      return result;
    },
    { timeout: 60_000 },
  );
}
