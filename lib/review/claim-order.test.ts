import { describe, expect, it } from "vitest";
import { mergeClaims, partitionClaims, removeClaim, sortByPosition, stepClaim, upsertClaim } from "./claim-order";

type TC = { id: string; start: number; end: number; withdrawn: { at: string } | null; anchorStatus: "anchored" | "orphaned" };
const c = (id: string, start: number, end: number, more: Partial<TC> = {}): TC => ({ id, start, end, withdrawn: null, anchorStatus: "anchored", ...more });

describe("sortByPosition", () => {
  it("orders by start, and an outer claim before the claims nested in it", () => {
    const list = [c("b", 20, 30), c("inner", 2, 5), c("outer", 2, 15), c("a", 0, 4)];
    expect(sortByPosition(list).map((x) => x.id)).toEqual(["a", "outer", "inner", "b"]);
  });

  it("does not sort the list it is given", () => {
    const list = [c("b", 20, 30), c("a", 0, 4)];
    sortByPosition(list);
    expect(list.map((x) => x.id)).toEqual(["b", "a"]);
  });
});

describe("upsertClaim and removeClaim", () => {
  const list = [c("a", 0, 10), c("b", 20, 30)];

  it("adds a new claim in text order", () => {
    expect(upsertClaim(list, c("n", 12, 18)).map((x) => x.id)).toEqual(["a", "n", "b"]);
  });

  it("replaces a claim by id, moving it if its text moved", () => {
    const next = upsertClaim(list, c("a", 40, 50));
    expect(next.map((x) => [x.id, x.start])).toEqual([["b", 20], ["a", 40]]);
  });

  it("removes a claim by id and leaves others alone", () => {
    expect(removeClaim(list, "a").map((x) => x.id)).toEqual(["b"]);
    expect(removeClaim(list, "zz")).toEqual(list);
  });
});

describe("partitionClaims", () => {
  it("splits live from withdrawn, and anchored from orphaned among the live", () => {
    const p = partitionClaims([
      c("a", 0, 1),
      c("o", 2, 3, { anchorStatus: "orphaned" }),
      c("w", 4, 5, { withdrawn: { at: "2026-01-01" } }),
      c("wo", 6, 7, { withdrawn: { at: "2026-01-01" }, anchorStatus: "orphaned" }),
    ]);
    expect(p.live.map((x) => x.id)).toEqual(["a", "o"]);
    expect(p.withdrawn.map((x) => x.id)).toEqual(["w", "wo"]);
    expect(p.anchored.map((x) => x.id)).toEqual(["a"]);
    expect(p.orphans.map((x) => x.id)).toEqual(["o"]);
  });
});

describe("stepClaim", () => {
  const live = [{ id: "a" }, { id: "b" }, { id: "c" }];

  it("goes to the next or previous claim, wrapping round", () => {
    expect(stepClaim(live, "a", 1)).toBe("b");
    expect(stepClaim(live, "c", 1)).toBe("a");
    expect(stepClaim(live, "a", -1)).toBe("c");
  });

  it("starts at the first or last claim when none (or a gone one) is selected", () => {
    expect(stepClaim(live, null, 1)).toBe("a");
    expect(stepClaim(live, null, -1)).toBe("c");
    expect(stepClaim(live, "gone", 1)).toBe("a");
  });

  it("has nowhere to go with no claims", () => {
    expect(stepClaim([], "a", 1)).toBeNull();
  });
});

describe("mergeClaims", () => {
  const c = (id: string, start: number, version = 1) => ({ id, start, end: start + 5, version });
  it("adds a fetched page in text order and keeps the newer copy of a claim held twice", () => {
    const held = [c("a", 0, 3), c("b", 50)];
    const merged = mergeClaims(held, [c("a", 0, 2), c("c", 20), c("b", 50, 2)]);
    expect(merged.map((x) => [x.id, x.version])).toEqual([["a", 3], ["c", 1], ["b", 2]]);
  });
});
