"use server";

import { getSession } from "@/lib/auth";
import { runAction, type TActionResult } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import type { TClaimDto } from "./claim-dto";
import { createClaim } from "./create-claim";
import { addComment, addEvidence, removeEvidence, type TCommentDto, type TEvidenceDto } from "./evidence-and-comments";
import { getClaimDetail, type TClaimDetail } from "./get-claim-detail";
import { reattachClaim } from "./reattach-claim";
import {
  ZAddComment, ZAddEvidence, ZApproveClaim, ZArticleRef, ZClaimDetailRequest, ZCreateClaim, ZDeleteClaim, ZReattachClaim, ZRejectSuggestion, ZRemoveEvidence, ZRestoreClaim,
  ZUpdateClaim, ZWithdrawClaim,
} from "./schemas";
import { getSuggestions, rejectSuggestion, type TSuggestion } from "./suggestions";
import { approveClaim, updateClaim } from "./update-claim";
import { deleteClaim, restoreClaim, withdrawClaim } from "./withdraw-claim";

// Claim writes revalidate nothing on purpose: the workbench owns its claims' state and
// applies the returned claim, and a revalidation would re-render the whole review page
// on the server and send it back with every save (megabytes for a long article).
// Pages cached from before the save refresh themselves (components/layout/fresh-after-writes.tsx).

export async function createClaimAction(input: unknown): Promise<TActionResult<TClaimDto>> {
  return runAction(async () => createClaim(await getSession(), parseInput(ZCreateClaim, input)));
}

export async function updateClaimAction(input: unknown): Promise<TActionResult<TClaimDto>> {
  return runAction(async () => updateClaim(await getSession(), parseInput(ZUpdateClaim, input)));
}

export async function approveClaimAction(input: unknown): Promise<TActionResult<TClaimDto>> {
  return runAction(async () => approveClaim(await getSession(), parseInput(ZApproveClaim, input)));
}

export async function reattachClaimAction(input: unknown): Promise<TActionResult<TClaimDto>> {
  return runAction(async () => reattachClaim(await getSession(), parseInput(ZReattachClaim, input)));
}

export async function withdrawClaimAction(input: unknown): Promise<TActionResult<TClaimDto>> {
  return runAction(async () => withdrawClaim(await getSession(), parseInput(ZWithdrawClaim, input)));
}

export async function restoreClaimAction(input: unknown): Promise<TActionResult<TClaimDto>> {
  return runAction(async () => restoreClaim(await getSession(), parseInput(ZRestoreClaim, input)));
}

export async function deleteClaimAction(input: unknown): Promise<TActionResult<{ id: string; number: number }>> {
  return runAction(async () => deleteClaim(await getSession(), parseInput(ZDeleteClaim, input)));
}

export async function addEvidenceAction(input: unknown): Promise<TActionResult<TEvidenceDto>> {
  return runAction(async () => addEvidence(await getSession(), parseInput(ZAddEvidence, input)));
}

export async function removeEvidenceAction(input: unknown): Promise<TActionResult<null>> {
  return runAction(async () => {
    await removeEvidence(await getSession(), parseInput(ZRemoveEvidence, input));
    return null;
  });
}

export async function addCommentAction(input: unknown): Promise<TActionResult<TCommentDto>> {
  return runAction(async () => addComment(await getSession(), parseInput(ZAddComment, input)));
}

export async function getClaimDetailAction(input: unknown): Promise<TActionResult<TClaimDetail>> {
  return runAction(async () => {
    const { claimId, commentsBefore } = parseInput(ZClaimDetailRequest, input);
    return getClaimDetail(await getSession(), claimId, { commentsBefore });
  });
}

export async function getSuggestionsAction(input: unknown): Promise<TActionResult<{ versionId: string; suggestions: TSuggestion[] }>> {
  return runAction(async () => getSuggestions(await getSession(), parseInput(ZArticleRef, input).articleId));
}

export async function rejectSuggestionAction(input: unknown): Promise<TActionResult<null>> {
  return runAction(async () => {
    await rejectSuggestion(await getSession(), parseInput(ZRejectSuggestion, input));
    return null;
  });
}
