"use server";

import { revalidatePath } from "next/cache";
import { getSession } from "@/lib/auth";
import { runAction, type TActionResult } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import type { TClaimDto } from "./claim-dto";
import { createClaim } from "./create-claim";
import { addComment, addEvidence, removeEvidence, type TCommentDto, type TEvidenceDto } from "./evidence-and-comments";
import { getClaimDetail, type TClaimDetail } from "./get-claim-detail";
import { reattachClaim } from "./reattach-claim";
import { ZAddComment, ZAddEvidence, ZApproveClaim, ZArticleRef, ZClaimId, ZCreateClaim, ZReattachClaim, ZRejectSuggestion, ZRemoveEvidence, ZUpdateClaim } from "./schemas";
import { getSuggestions, rejectSuggestion, type TSuggestion } from "./suggestions";
import { approveClaim, updateClaim } from "./update-claim";

const touched = (articleId: string) => revalidatePath(`/articles/${articleId}`);

export async function createClaimAction(input: unknown): Promise<TActionResult<TClaimDto>> {
  return runAction(async () => {
    const claim = await createClaim(await getSession(), parseInput(ZCreateClaim, input));
    touched(claim.articleId);
    return claim;
  });
}

export async function updateClaimAction(input: unknown): Promise<TActionResult<TClaimDto>> {
  return runAction(async () => {
    const claim = await updateClaim(await getSession(), parseInput(ZUpdateClaim, input));
    touched(claim.articleId);
    return claim;
  });
}

export async function approveClaimAction(input: unknown): Promise<TActionResult<TClaimDto>> {
  return runAction(async () => {
    const claim = await approveClaim(await getSession(), parseInput(ZApproveClaim, input));
    touched(claim.articleId);
    return claim;
  });
}

export async function reattachClaimAction(input: unknown): Promise<TActionResult<TClaimDto>> {
  return runAction(async () => {
    const claim = await reattachClaim(await getSession(), parseInput(ZReattachClaim, input));
    touched(claim.articleId);
    return claim;
  });
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
  return runAction(async () => getClaimDetail(await getSession(), parseInput(ZClaimId, input).claimId));
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
