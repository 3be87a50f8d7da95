import { z } from "zod";
import { ZWebUrl } from "@/lib/articles/schemas";
import { ZId } from "@/lib/ids";
import { ZOffset, ZVersion } from "@/lib/numbers";

import { SOURCING_TYPES, type TSourcingType } from "./sourcing-types";

export { SOURCING_TYPES, type TSourcingType };
export const ZSourcingType = z.enum(SOURCING_TYPES, { message: "Choose a sourcing type from the list." });

export const IDENTIFICATIONS = ["full", "partial", "none"] as const;
export const GROUND_RULES = ["on_record", "background", "deep_background", "off_record"] as const;
export const HANDS = ["first_hand", "second_hand"] as const;
export const CLAIM_STATUSES = ["open", "in_review", "decided", "approved"] as const;
export type TClaimStatus = (typeof CLAIM_STATUSES)[number];

const text = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} can be at most ${max} characters.`)
    .transform((v) => (v === "" ? null : v))
    .nullable();

export const ZCreateClaim = z
  .object({
    articleId: ZId,
    versionId: ZId,
    start: ZOffset,
    end: ZOffset.min(1),
    // Sent by the client so a retried request (flaky network) creates one claim.
    idempotencyKey: z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/, "That request key is not valid."),
    sourcingType: ZSourcingType.nullable().optional(),
    sourcePhrase: text(300, "The source").optional(),
    cue: text(80, "The cue").optional(),
    // Pre-filled from an accepted suggestion's speaker and channel.
    identification: z.enum(IDENTIFICATIONS).nullable().optional(),
    hand: z.enum(HANDS).nullable().optional(),
    // A claim on (nearly) the same text as a live one is refused unless the request
    // says a second claim is meant (lib/claims/duplicates.ts).
    allowDuplicate: z.boolean().optional(),
  })
  .refine((v) => v.end > v.start, { message: "Select some text first.", path: ["end"] });
export type TCreateClaim = z.infer<typeof ZCreateClaim>;

// Every editable field of a claim; a save sends only the fields it changes.
export const ZClaimPatch = z
  .object({
    sourcingType: ZSourcingType.nullable(),
    sourcePhrase: text(300, "The source"),
    cue: text(80, "The cue"),
    identification: z.enum(IDENTIFICATIONS).nullable(),
    groundRules: z.enum(GROUND_RULES).nullable(),
    anonymityReason: text(1000, "The reason for anonymity"),
    hand: z.enum(HANDS).nullable(),
    sourceCount: z.number().int().min(0, "Use 0 or more.").max(99, "Use at most 99.").nullable(),
    ratingId: ZId.nullable(),
    rationale: text(5000, "The rationale"),
    assigneeId: ZId.nullable(),
  })
  .partial()
  .strict();
export type TClaimPatch = z.infer<typeof ZClaimPatch>;

export const ZUpdateClaim = z.object({ claimId: ZId, baseVersion: ZVersion, patch: ZClaimPatch });
export type TUpdateClaim = z.infer<typeof ZUpdateClaim>;

export const ZApproveClaim = z.object({ claimId: ZId, baseVersion: ZVersion });

export const ZAddEvidence = z.object({ claimId: ZId, url: ZWebUrl, note: z.string().trim().max(1000, "The note can be at most 1000 characters.").default("") });
export type TAddEvidence = z.infer<typeof ZAddEvidence>;

export const ZRemoveEvidence = z.object({ evidenceId: ZId });

export const ZAddComment = z.object({ claimId: ZId, body: z.string().trim().min(1, "Write a comment first.").max(5000, "A comment can be at most 5000 characters.") });

export const ZReattachClaim = z
  .object({ claimId: ZId, baseVersion: ZVersion, start: ZOffset, end: ZOffset.min(1) })
  .refine((v) => v.end > v.start, { message: "Select some text first.", path: ["end"] });

export const ZClaimId = z.object({ claimId: ZId });
export const ZClaimDetailRequest = z.object({ claimId: ZId, commentsBefore: ZId.optional() });

export const ZWithdrawClaim = z.object({ claimId: ZId, baseVersion: ZVersion, reason: text(500, "The reason").optional().transform((v) => v ?? null) });
export type TWithdrawClaim = z.infer<typeof ZWithdrawClaim>;
export const ZRestoreClaim = z.object({ claimId: ZId, baseVersion: ZVersion });
export type TRestoreClaim = z.infer<typeof ZRestoreClaim>;
export const ZDeleteClaim = z.object({ claimId: ZId });
export type TDeleteClaim = z.infer<typeof ZDeleteClaim>;

export const ZArticleRef = z.object({ articleId: ZId });
export const ZRejectSuggestion = z
  .object({ versionId: ZId, start: ZOffset, end: ZOffset.min(1) })
  .refine((v) => v.end > v.start, { message: "That suggestion has no text.", path: ["end"] });
