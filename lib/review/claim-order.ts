// The workbench's list of claims: kept in text order (outer claims before the claims
// nested in them), updated one claim at a time from the server's answers, and split into
// what counts (live and anchored) and what is only listed.
type TPlaced = { id: string; start: number; end: number };
type TRecorded = TPlaced & { withdrawn: unknown; anchorStatus: string };

export const byPosition = (a: TPlaced, b: TPlaced) => a.start - b.start || b.end - a.end;

export const sortByPosition = <T extends TPlaced>(list: readonly T[]): T[] => [...list].sort(byPosition);

// The server's copy replaces ours, so a save answered out of order cannot leave two.
export const upsertClaim = <T extends TPlaced>(list: readonly T[], claim: T): T[] => sortByPosition([...list.filter((x) => x.id !== claim.id), claim]);

// A fetched page joins the list; where we hold a claim already, the newer copy stays
// (one saved in this tab while the page was on its way).
export function mergeClaims<T extends TPlaced & { version: number }>(list: readonly T[], page: readonly T[]): T[] {
  const held = new Map(list.map((c) => [c.id, c]));
  for (const c of page) {
    const mine = held.get(c.id);
    if (!mine || mine.version < c.version) held.set(c.id, c);
  }
  return sortByPosition([...held.values()]);
}

export const removeClaim = <T extends TPlaced>(list: readonly T[], id: string): T[] => list.filter((x) => x.id !== id);

// The record is the live claims; withdrawn ones are listed apart and count nowhere.
// Of the live ones, orphans (text gone) are listed but count nowhere until re-attached.
export function partitionClaims<T extends TRecorded>(claims: readonly T[]) {
  const live = claims.filter((c) => !c.withdrawn);
  return {
    live,
    withdrawn: claims.filter((c) => c.withdrawn),
    anchored: live.filter((c) => c.anchorStatus === "anchored"),
    orphans: live.filter((c) => c.anchorStatus === "orphaned"),
  };
}

// J/K: the next or previous claim, wrapping round; from no selection, the first or last.
export function stepClaim(live: readonly { id: string }[], selectedId: string | null, dir: 1 | -1): string | null {
  if (!live.length) return null;
  const i = live.findIndex((c) => c.id === selectedId);
  const next = i < 0 ? (dir > 0 ? 0 : live.length - 1) : (i + dir + live.length) % live.length;
  return live[next]!.id;
}
