// Carry-over: sentences whose source is given by an earlier sentence, by a
// pronoun, or by the attribution at the end of a multi-sentence quotation.
import { describe, expect, it } from "vitest";
import { analyse } from "./index";

const run = (text: string) => analyse(text).sentences.map((s) => [s.type, s.carriedOver] as const);

describe("back-references to earlier sources", () => {
  it("carries anonymous sources through 'these sources', 'the same sources' and 'all of them'", () => {
    const text = [
      "The envoy met the rebel leader in May, according to three people familiar with the talks.",
      "According to these sources, the meeting lasted two hours.",
      "The same sources said a second meeting was planned.",
      "All three asked for anonymity to discuss private talks.",
    ].join(" ");
    const out = analyse(text).sentences;
    expect(out.map((s) => s.type)).toEqual(["anonymous", "anonymous", "anonymous", "anonymous"]);
    expect(out.map((s) => s.carriedOver)).toEqual([false, true, true, true]);
    expect(out[3]!.flags).toContain("anonymity_reason_given");
    expect(out[3]!.cue?.text).toMatch(/asked for anonymity/);
  });

  it("keeps the type of the report a later sentence points back to", () => {
    const text =
      "The minister resigned on Friday, according to people briefed on the matter cited in a report by The Washington Post. " +
      "Talks had failed months earlier. According to the reports cited, the talks collapsed over money.";
    const out = analyse(text).sentences;
    expect(out[2]!.carriedOver).toBe(true);
    expect(["anonymous", "media_report"]).toContain(out[2]!.type);
  });

  it("carries 'the aides', 'one of them' and 'the officials'", () => {
    expect(
      run(
        "Two aides familiar with the talks said the deal was close. The aides, who spoke on condition of anonymity, said it could slip. One of them said the vote was set for Friday.",
      ),
    ).toEqual([
      ["anonymous", false],
      ["anonymous", true],
      ["anonymous", true],
    ]);
  });

  it("carries documents handed to the writer through 'the same spreadsheets'", () => {
    const out = analyse("The spreadsheets you shared with me list 14 payments. The same spreadsheets show a single approver.").sentences;
    expect(out.map((s) => s.type)).toEqual(["provided_documents", "provided_documents"]);
    expect(out[1]!.carriedOver).toBe(true);
    expect(out[1]!.flags).not.toContain("writer_addressed");
  });
});

describe("pronouns", () => {
  it("carries a named person through he/she", () => {
    expect(run("Defence Minister Ana Ruiz said the troops would stay. She added that more would come. \"We are ready,\" she said.")).toEqual([
      ["official", false],
      ["official", true],
      ["official", true],
    ]);
  });

  it("carries the outlet channel to the pronoun that continues an interview", () => {
    expect(run("Commissioner Anna Berglund told Reuters the talks were advanced. \"We share the same concerns,\" she said.")).toEqual([
      ["media_report", false],
      ["media_report", true],
    ]);
  });

  it("carries an institution through 'it'", () => {
    expect(run("Brightmart Inc said it would cut 3,000 jobs. It also said it would close 45 stores.")).toEqual([
      ["official", false],
      ["official", true],
    ]);
  });

  it("carries unnamed officials through 'they'", () => {
    expect(run("Two officials said the talks were over. They spoke on condition of anonymity to discuss internal deliberations.")).toEqual([
      ["anonymous", false],
      ["anonymous", true],
    ]);
  });
});

describe("quotations", () => {
  it("gives a quote's earlier sentences the attribution at its end", () => {
    expect(run('"I just closed my eyes and jumped. When I opened them, everybody was screaming," Santos said.')).toEqual([
      ["named_person", true],
      ["named_person", false],
    ]);
  });

  it("gives a quote's later sentences the attribution at its start", () => {
    expect(run('Mayor Kevin Tran said: "This is a great day. We waited ten years for it."')).toEqual([
      ["official", false],
      ["official", true],
    ]);
  });

  it("continues the last speaker into a following quotation-only sentence or paragraph", () => {
    expect(run('"This could have been worse," Police Chief Angela Morrow said.\n\n"Our officers were inside within three minutes."')).toEqual([
      ["official", false],
      ["official", true],
    ]);
  });

  it("continues a quote across paragraphs when the next paragraph reopens it", () => {
    const text = '"We lost $3 million a year," said chief executive Mark Ellison.\n\n"Nobody wanted to make that call.\n\n"But the alternative was worse."';
    const out = analyse(text).sentences;
    expect(out.map((s) => s.type)).toEqual(["official", "official", "official"]);
    expect(out.slice(1).every((s) => s.carriedOver)).toBe(true);
  });

  it("does not carry into unquoted narrative", () => {
    expect(run('"We will win," Ana Ruiz said. The vote is on Friday.')[1]).toEqual(["unattributed", false]);
  });
});
