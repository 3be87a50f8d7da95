// A claim's editable fields as form state, the patch a save sends (only changed
// fields), and a local copy of unsaved edits so a crash or reload loses nothing.
import type { TClaimView } from "@/lib/claims/claim-dto";
import type { TClaimPatch } from "@/lib/claims/schemas";

export const DRAFT_FIELDS = ["sourcingType", "sourcePhrase", "cue", "identification", "groundRules", "anonymityReason", "hand", "sourceCount", "ratingId", "rationale", "assigneeId"] as const;
export type TDraftField = (typeof DRAFT_FIELDS)[number];
export type TDraft = Record<TDraftField, string>;

export function draftOf(c: TClaimView): TDraft {
  const d = {} as TDraft;
  for (const f of DRAFT_FIELDS) {
    const v = c[f];
    d[f] = v === null || v === undefined ? "" : String(v);
  }
  return d;
}

export function patchOf(draft: TDraft, base: TDraft): TClaimPatch {
  const patch: Record<string, unknown> = {};
  for (const f of DRAFT_FIELDS) {
    if (draft[f] === base[f]) continue;
    const v = draft[f].trim() === "" ? null : draft[f];
    patch[f] = f === "sourceCount" && v !== null ? Number(v) : v;
  }
  return patch as TClaimPatch;
}

const key = (claimId: string) => `sourcebench:draft:${claimId}`;

export function storeDraft(claimId: string, baseVersion: number, draft: TDraft | null): void {
  try {
    if (draft) localStorage.setItem(key(claimId), JSON.stringify({ baseVersion, draft }));
    else localStorage.removeItem(key(claimId));
  } catch {
    // Storage full or disabled: the in-memory draft still stands.
  }
}

export function loadDraft(claimId: string): { baseVersion: number; draft: TDraft } | null {
  try {
    const raw = localStorage.getItem(key(claimId));
    return raw ? (JSON.parse(raw) as { baseVersion: number; draft: TDraft }) : null;
  } catch {
    return null;
  }
}

export type TOpenedDraft = { version: number; draft: TDraft; restored: boolean };

// Edits typed against this very version and never saved come back; edits typed against
// an older version do not (the claim changed under them), nor do edits that match it.
export function chooseDraft(base: TDraft, version: number, saved: { baseVersion: number; draft: TDraft } | null): TOpenedDraft {
  if (saved && saved.baseVersion === version && JSON.stringify(saved.draft) !== JSON.stringify(base)) return { version, draft: saved.draft, restored: true };
  return { version, draft: base, restored: false };
}

export const openDraft = (claim: TClaimView): TOpenedDraft => chooseDraft(draftOf(claim), claim.version, loadDraft(claim.id));
