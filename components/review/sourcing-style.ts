// Highlight and legend styles per sourcing type, from the sourcing-type registry, plus
// the style of a claim not tagged yet.
import { sourcingTypeRecord, UNTAGGED_STYLE, type TSourcingType } from "@/lib/claims/sourcing-types";

export const HIGHLIGHT_CLASS: Record<TSourcingType | "untagged", string> = { ...sourcingTypeRecord((t) => t.highlight), untagged: UNTAGGED_STYLE.highlight };

export const SWATCH_CLASS: Record<TSourcingType | "untagged", string> = { ...sourcingTypeRecord((t) => t.swatch), untagged: UNTAGGED_STYLE.swatch };
