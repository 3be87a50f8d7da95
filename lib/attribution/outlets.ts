// Outlet names compared without case, a leading "the" or a possessive, so
// "The Associated Press", "Associated Press" and "AP's" meet.
export const outletKey = (name: string): string =>
  name
    .toLowerCase()
    .trim()
    .replace(/^the\s+/, "")
    .replace(/[.,;:!?]+$/, "")
    .replace(/(?:'s|’s)$/, "");
