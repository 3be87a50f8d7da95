// The default verdict scale a new team starts with. Unverifiable has no number:
// it is not a point on the accuracy scale, so ClaimReview exports omit a value for it.
export const DEFAULT_RATING_SCALE: ReadonlyArray<{ label: string; value: number | null }> = [
  { label: "Accurate", value: 5 },
  { label: "Mostly accurate", value: 4 },
  { label: "Misleading", value: 3 },
  { label: "Unsupported", value: 2 },
  { label: "False", value: 1 },
  { label: "Unverifiable", value: null },
];
