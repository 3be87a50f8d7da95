// Creates a claim at a span of the article's current version. The selectors are
// computed here from the stored text, never trusted from the client. A repeated
// idempotency key returns the claim the first request made; a claim on (nearly) the
// same text as a live one is a CONFLICT naming that claim, unless a second one is meant.
import "server-only";
import type { TSession } from "@/lib/auth";
import { db, lockTeamForClaimWrites } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { requireMember } from "@/lib/teams/require-member";
import { recordClaimEvents } from "./audit";
import { CLAIM_SELECT, toClaimDto, type TClaimDto } from "./claim-dto";
import { findDuplicate } from "./duplicates";
import { anchorColumns, selectorsForSpan } from "./span";
import type { TCreateClaim } from "./schemas";

async function existing(teamId: string, idempotencyKey: string) {
  const c = await db.claim.findUnique({ where: { teamId_idempotencyKey: { teamId, idempotencyKey } }, select: CLAIM_SELECT });
  return c ? toClaimDto(c) : null;
}

export async function createClaim(session: TSession | null, input: TCreateClaim): Promise<TClaimDto> {
  const actor = await requireMember(session, "claim.create");
  const prior = await existing(actor.teamId, input.idempotencyKey);
  if (prior) return prior;
  const version = await db.articleVersion.findFirst({
    where: { id: input.versionId, articleId: input.articleId, teamId: actor.teamId },
    select: { id: true, number: true, text: true, article: { select: { currentVersion: true } } },
  });
  if (!version) throw notFound("That article");
  if (version.number !== version.article.currentVersion) {
    throw new AppError("STALE", "The article text was edited since you opened it. Reload to see the new version, then add the claim again.");
  }
  const sel = selectorsForSpan(version.text, input.start, input.end);
  try {
    return await db.$transaction(async (tx) => {
      // Under the team's claim-write lock, so two simultaneous creates of one span
      // cannot both pass the duplicate check.
      await lockTeamForClaimWrites(tx, actor.teamId);
      // A retry of this very request may have committed while we waited for the lock.
      const retried = await tx.claim.findUnique({ where: { teamId_idempotencyKey: { teamId: actor.teamId, idempotencyKey: input.idempotencyKey } }, select: CLAIM_SELECT });
      if (retried) return toClaimDto(retried);
      if (!input.allowDuplicate) {
        const near = await tx.claim.findMany({
          where: { articleId: input.articleId, teamId: actor.teamId, withdrawnAt: null, anchorStatus: "anchored", start: { lt: sel.position.end }, end: { gt: sel.position.start } },
          select: { id: true, number: true, start: true, end: true, sourcingType: true },
        });
        const dup = findDuplicate({ ...sel.position, sourcingType: input.sourcingType ?? null }, near);
        if (dup) {
          throw new AppError("CONFLICT", `Claim #${dup.number} already covers this text. Open it, or add a second claim if you mean one.`, {
            existingClaimId: dup.id,
            existingNumber: dup.number,
          });
        }
      }
      const claim = await tx.claim.create({
        data: {
          teamId: actor.teamId,
          articleId: input.articleId,
          versionId: version.id,
          ...anchorColumns(sel),
          sourcingType: input.sourcingType ?? null,
          sourcePhrase: input.sourcePhrase ?? null,
          cue: input.cue ?? null,
          identification: input.identification ?? null,
          hand: input.hand ?? null,
          idempotencyKey: input.idempotencyKey,
          createdById: actor.userId,
        },
        select: CLAIM_SELECT,
      });
      await recordClaimEvents(
        tx,
        { teamId: actor.teamId, claimId: claim.id, articleId: input.articleId, actorId: actor.userId, claimVersion: 1 },
        "claim.created",
        [
          { field: "exact", old: null, new: sel.quote.exact },
          ...(["sourcingType", "sourcePhrase", "cue", "identification", "hand"] as const).flatMap((field) => (input[field] ? [{ field, old: null, new: input[field] }] : [])),
        ],
      );
      return toClaimDto(claim);
    });
  } catch (err) {
    // Two retries racing: the loser hits the unique key and returns the winner's claim.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      const winner = await existing(actor.teamId, input.idempotencyKey);
      if (winner) return winner;
    }
    throw err;
  }
}
