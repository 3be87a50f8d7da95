// Creates a claim at a span of the article's current version. The selectors are
// computed here from the stored text, never trusted from the client. A repeated
// idempotency key returns the claim the first request made.
import "server-only";
import type { TSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { requireMember } from "@/lib/teams/require-member";
import { recordClaimEvents } from "./audit";
import { CLAIM_SELECT, toClaimDto, type TClaimDto } from "./claim-dto";
import { selectorsForSpan } from "./span";
import type { TCreateClaim } from "./schemas";

async function existing(teamId: string, idempotencyKey: string) {
  const c = await db.claim.findUnique({ where: { teamId_idempotencyKey: { teamId, idempotencyKey } }, select: CLAIM_SELECT });
  return c ? toClaimDto(c) : null;
}

export async function createClaim(session: TSession | null, input: TCreateClaim): Promise<TClaimDto> {
  const actor = await requireMember(session, "reviewer");
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
      const claim = await tx.claim.create({
        data: {
          teamId: actor.teamId,
          articleId: input.articleId,
          versionId: version.id,
          exact: sel.quote.exact,
          prefix: sel.quote.prefix,
          suffix: sel.quote.suffix,
          start: sel.position.start,
          end: sel.position.end,
          sourcingType: input.sourcingType ?? null,
          sourcePhrase: input.sourcePhrase ?? null,
          cue: input.cue ?? null,
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
          ...(input.sourcingType ? [{ field: "sourcingType", old: null, new: input.sourcingType }] : []),
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
