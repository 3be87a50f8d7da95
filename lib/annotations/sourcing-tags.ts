// Which sourcing type an annotation's tag names, if any. Tags come from people typing
// in annotation tools ("anonymous", "Named person", "ANON") and from Sourcebench's own
// export (the label), so code, label and short tag are all read, ignoring case,
// spacing, underscores and the flag mark.
import { SOURCING_TYPES, SOURCING_TYPE_INFO, type TSourcingType } from "@/lib/claims/sourcing-types";

const fold = (s: string) => s.normalize("NFKC").toLowerCase().replace(/⚑/g, "").replace(/[\s_-]+/g, " ").trim();

const BY_NAME = new Map<string, TSourcingType>();
for (const t of SOURCING_TYPES) {
  const info = SOURCING_TYPE_INFO[t];
  for (const name of [t, info.label, info.tag]) BY_NAME.set(fold(name), t);
}

/** The sourcing type named by the first tag that names one, or null. */
export function sourcingTypeOfTags(tags: readonly string[]): TSourcingType | null {
  for (const tag of tags) {
    const t = BY_NAME.get(fold(tag));
    if (t) return t;
  }
  return null;
}

/** How a verdict label is compared with the team's scale: case and spacing do not matter. */
export const foldLabel = fold;
