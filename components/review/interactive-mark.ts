// The performance mark the reading view sets once it has hydrated, so the highlights
// answer clicks and keys. A module of its own so the browser benchmark can import it.
export const INTERACTIVE_MARK = "sourcebench:highlights-interactive";
