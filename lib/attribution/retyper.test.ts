import { describe, expect, it } from "vitest";
import { retype, trainPerceptron } from "./retyper";
import { analyse } from "./index";

describe("learned re-typer", () => {
  const samples = [
    { feats: ["b", "r:named_person", "role:1"], rule: "named_person" as const, gold: "official" as const },
    { feats: ["b", "r:named_person", "role:0"], rule: "named_person" as const, gold: "named_person" as const },
    { feats: ["b", "r:official", "w:told"], rule: "official" as const, gold: "media_report" as const },
    { feats: ["b", "r:official"], rule: "official" as const, gold: "official" as const },
  ];

  it("trains deterministically and learns separable corrections", () => {
    const a = trainPerceptron(samples, 10, 0);
    const b = trainPerceptron(samples, 10, 0);
    expect(a).toEqual(b);
    expect(retype(a, ["b", "r:named_person", "role:1"], "named_person")).toBe("official");
    expect(retype(a, ["b", "r:official", "w:told"], "official")).toBe("media_report");
  });

  it("keeps the rules' type on a tie and never re-types types outside its classes", () => {
    const empty = { classes: ["official", "named_person"] as const, prior: 0, weights: {} };
    expect(retype({ ...empty, classes: [...empty.classes] }, ["b"], "named_person")).toBe("named_person");
    expect(retype({ ...empty, classes: [...empty.classes] }, ["b"], "documents")).toBe("documents");
  });

  it("reports features for attributed sentences without changing the rules' types when switched off", () => {
    const text = "Gov. Ann Lee said the bridge would reopen. The council said it agreed.";
    const seen: string[][] = [];
    const off = analyse(text, { retyper: null, onFeatures: (_i, f) => seen.push(f) }).sentences.map((s) => s.type);
    expect(off).toEqual(analyse(text).sentences.map((s) => s.type));
    expect(seen.length).toBe(2);
    expect(seen[0]).toContain("r:official");
  });
});
