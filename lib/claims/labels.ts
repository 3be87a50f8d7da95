// Display labels and the writer-addressed red-flag text, shared by the workbench,
// reports and exports so they always say the same thing.
import { sourcingTypeRecord } from "./sourcing-types";

export const SOURCING_LABELS = sourcingTypeRecord((t) => t.label);

// Short tags drawn beside highlights so colour is never the only cue.
export const SOURCING_TAGS = sourcingTypeRecord((t) => t.tag);

export const PROVIDED_DOCUMENTS_FLAG =
  "Red flag: “documents you provided” is addressed to the writer, not the reader. Readers can never check such a source, and the wording is a tell-tale of machine-written copy.";

export const IDENTIFICATION_LABELS = { full: "Full (name and role)", partial: "Partial (role or affiliation)", none: "None" } as const;
export const GROUND_RULE_LABELS = { on_record: "On the record", background: "Background", deep_background: "Deep background", off_record: "Off the record" } as const;
export const HAND_LABELS = { first_hand: "First-hand", second_hand: "Second-hand" } as const;
export const STATUS_LABELS = { open: "Open", in_review: "In review", decided: "Decided", approved: "Approved" } as const;
