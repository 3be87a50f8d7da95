"use server";

import { getSession } from "@/lib/auth";
import { runAction, type TActionResult } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import type { TPublication } from "./publication";
import { publishArticleReview, unpublishArticleReview } from "./publish-review";
import { ZPublishReview, ZUnpublishReview } from "./schemas";

export async function publishReviewAction(input: unknown): Promise<TActionResult<TPublication>> {
  return runAction(async () => publishArticleReview(await getSession(), parseInput(ZPublishReview, input)));
}

export async function unpublishReviewAction(input: unknown): Promise<TActionResult<null>> {
  return runAction(async () => unpublishArticleReview(await getSession(), parseInput(ZUnpublishReview, input)));
}
