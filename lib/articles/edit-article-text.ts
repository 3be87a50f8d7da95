// Editing the text makes a new immutable version and moves every claim to it in one
// transaction: each claim is re-anchored (kept, moved, or orphaned when its text
// cannot be found with confidence). Claims are never deleted and never silently
// attached to other text; orphans wait for a reviewer to re-attach them.
import "server-only";
import type { TSession } from "@/lib/auth";
import { describeSpan, reanchorAll } from "@/lib/anchoring";
import { recordClaimEvents } from "@/lib/claims/audit";
import { UNAPPROVE } from "@/lib/claims/update-claim";
import { db, lockTeamForClaimWrites } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { requireMember } from "@/lib/teams/require-member";
import type { TEditArticleText } from "./schemas";

export type TEditResult = { version: number; kept: number; moved: number; orphaned: number };

// `from`: a re-import from the web (import-url.ts) marks the version's source and hands
// over the page it was fetched from, kept with the article (and the version, if one is made).
export async function editArticleText(session: TSession | null, input: TEditArticleText, from?: { sourceFormat: "url"; captureId: string }): Promise<TEditResult> {
  const actor = await requireMember(session, "article.editText");
  return db.$transaction(
    async (tx) => {
      // Lock the article row: two editors saving at once would otherwise both make version N+1.
      // The team's claim-write lock comes first: orphaning or re-attaching claims below
      // changes the rollups, whose writers lock the team before any article.
      await lockTeamForClaimWrites(tx, actor.teamId);
      const rows = await tx.$queryRaw<Array<{ current_version: number }>>`
        SELECT current_version FROM articles WHERE id = ${input.articleId}::uuid AND team_id = ${actor.teamId}::uuid FOR UPDATE`;
      const row = rows[0];
      if (!row) throw notFound("That article");
      if (row.current_version !== input.baseVersion) {
        throw new AppError("STALE", "Someone else edited this article after you opened it. Reload to see their version, then edit again.");
      }
      const previous = await tx.articleVersion.findUniqueOrThrow({
        where: { articleId_number: { articleId: input.articleId, number: row.current_version } },
        select: { id: true, text: true },
      });
      const keepCapture = async (versionId: string | null) => {
        if (!from) return;
        await tx.articleCapture.updateMany({ where: { id: from.captureId, teamId: actor.teamId, articleId: null }, data: { articleId: input.articleId, versionId } });
      };
      if (previous.text === input.text) {
        await keepCapture(null);
        return { version: row.current_version, kept: 0, moved: 0, orphaned: 0 };
      }
      const number = row.current_version + 1;
      const version = await tx.articleVersion.create({
        data: { teamId: actor.teamId, articleId: input.articleId, number, text: input.text, createdById: actor.userId, ...(from ? { sourceFormat: from.sourceFormat } : {}) },
        select: { id: true },
      });
      await keepCapture(version.id);
      await tx.article.update({ where: { id: input.articleId }, data: { currentVersion: number } });

      const claims = await tx.claim.findMany({
        where: { articleId: input.articleId, teamId: actor.teamId },
        select: { id: true, versionId: true, exact: true, prefix: true, suffix: true, start: true, end: true, version: true, anchorStatus: true, status: true, approvedById: true },
      });
      // Orphans keep their last known selectors, so they may re-attach on a later edit.
      // Anchored claims index the version being replaced, so the re-anchoring can align
      // that text with the new one and tell a deleted copy of a repeated sentence from a
      // moved one (lib/anchoring/align.ts).
      const results = reanchorAll(
        claims.map((c) => ({
          id: c.id,
          selectors: { quote: { exact: c.exact, prefix: c.prefix, suffix: c.suffix }, position: { start: c.start, end: c.end } },
          positionInOldText: c.anchorStatus === "anchored" && c.versionId === previous.id,
        })),
        input.text,
        { oldText: previous.text },
      );
      const byId = new Map(claims.map((c) => [c.id, c]));
      const tally = { kept: 0, moved: 0, orphaned: 0 };
      for (const { id, result } of results) {
        const c = byId.get(id)!;
        tally[result.status] += 1;
        const base = { teamId: actor.teamId, claimId: id, articleId: input.articleId, actorId: actor.userId, claimVersion: c.version + 1 };
        if (result.status === "orphaned") {
          await tx.claim.update({ where: { id }, data: { versionId: version.id, anchorStatus: "orphaned", version: { increment: 1 } } });
          await recordClaimEvents(tx, base, "claim.orphaned", [{ field: "anchor", old: { start: c.start, end: c.end, version: number - 1 }, new: { reason: result.reason, version: number } }]);
          continue;
        }
        // Context cut on code-point boundaries, as for a new claim.
        const { exact, prefix, suffix } = describeSpan(input.text, result.start, result.end).quote;
        // An approval was of the words it saw: if the edit changed them, approve again.
        const unapprove = c.status === "approved" && exact !== c.exact;
        await tx.claim.update({
          where: { id },
          data: { versionId: version.id, anchorStatus: "anchored", start: result.start, end: result.end, exact, prefix, suffix, ...(unapprove ? UNAPPROVE : {}), version: { increment: 1 } },
        });
        if (result.status === "moved" || c.anchorStatus === "orphaned" || unapprove) {
          await recordClaimEvents(tx, base, "claim.reanchored", [
            { field: "anchor", old: { start: c.start, end: c.end, exact: c.exact }, new: { start: result.start, end: result.end, exact } },
            ...(unapprove ? [{ field: "status", old: "approved", new: "decided" }, { field: "approvedBy", old: c.approvedById, new: null }] : []),
          ]);
        }
      }
      await tx.auditEvent.create({
        data: { teamId: actor.teamId, articleId: input.articleId, actorId: actor.userId, action: "article.edited", newValue: { version: number, ...tally } },
      });
      return { version: number, ...tally };
    },
    { timeout: 60_000 },
  );
}
