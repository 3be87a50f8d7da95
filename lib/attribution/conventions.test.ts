// Issue 17's labelling conventions, one block per rule, on sentences written
// for these tests (no corpus text).
import { describe, expect, it } from "vitest";
import { analyse, type TAnalyseOptions } from "./index";

const types = (text: string, options?: TAnalyseOptions) => analyse(text, options).sentences.map((s) => s.type);
const lastType = (text: string, options?: TAnalyseOptions) => types(text, options).at(-1);

describe("rule 1: an explicit attribution governs a mixed sentence", () => {
  it("types the sentence by its attribution, not its unattributed clause", () => {
    expect(lastType("Prices rose sharply last year, and the ministry said they would keep rising.")).toBe("official");
  });
});

describe("rule 2: back-references inherit the source's first introduction", () => {
  it("a surname after an introduction through another outlet stays media_report", () => {
    expect(types("Ann Lee, a former nurse, told CNN that the ward had closed. Lee said most staff had left.")).toEqual(["media_report", "media_report"]);
  });
  it("a surname after an introduction in a court filing stays documents", () => {
    expect(types("Tom Reyes said in a court filing that the contract was void. Reyes said the payments were never made.")).toEqual([
      "documents",
      "documents",
    ]);
  });
  it("'the people said' stays anonymous", () => {
    expect(types("Two people familiar with the talks said a deal was near. The people said it could be signed on Friday.")).toEqual([
      "anonymous",
      "anonymous",
    ]);
  });
  it("a pronoun follows an office-holder as introduced", () => {
    expect(types("Health Minister Ana Ruiz said the clinics would reopen. She added that vaccines had arrived.")).toEqual(["official", "official"]);
  });
  it("the headline introduces nobody", () => {
    const text = "Mayor Ruiz hails new bridge\n\nAna Ruiz walked across the bridge on Monday.\n\nRuiz said traffic would ease.";
    expect(types(text).at(-1)).toBe("named_person");
  });
});

describe("rule 3: another outlet as the channel is media_report", () => {
  it.each([
    "Reuters reported that the plant would close.",
    "The plant will close, according to The Daily Ledger.",
    "The plant will reportedly close next year.",
    "Ann Lee, a shop owner, told The Daily Ledger that sales had halved.",
    "CNN's Jake Marlow said the talks had stalled.",
  ])("%s", (text) => expect(lastType(text)).toBe("media_report"));

  it("the publishing outlet's own reporting is typed by the speaker", () => {
    const text = "Ann Lee, a shop owner, told The Daily Ledger that sales had halved.";
    expect(lastType(text, { ownOutlets: ["The Daily Ledger"] })).toBe("named_person");
  });
});

describe("rule 4: unnamed people are anonymous, institutions official", () => {
  it.each([
    ["A senior official said the plan was dropped.", "anonymous"],
    ["Two people familiar with the matter said the deal was off.", "anonymous"],
    ["Police said the driver had fled.", "official"],
    ["The ministry said in a statement that the border was open.", "official"],
  ])("%s", (text, want) => expect(lastType(text)).toBe(want));
});

describe("rule 5: named office-holders in their role are official", () => {
  it.each([
    ["Health Minister Ana Ruiz said the clinics would reopen.", "official"],
    ["City spokesman Ned Carter said the road was closed.", "official"],
    ["Sen. Ann Lee (D-Ore.) said the bill would pass.", "official"],
    ["Jane Roe, a neighbour, said she heard two shots.", "named_person"],
    ["Mark Bell, the family's lawyer, said they would sue.", "named_person"],
    ["Priya Anand, chief economist at Halcyon Bank, said rates would fall.", "named_person"],
  ])("%s", (text, want) => expect(lastType(text)).toBe(want));

  it("reads the role from the person's earlier introduction", () => {
    expect(lastType("Ana Ruiz, the city's mayor, opened the bridge on Monday. Ruiz said traffic would ease.")).toBe("official");
  });
});

describe("rule 6: documents, records and filings as the source", () => {
  it.each([
    "Records show the company paid $2 million.",
    "According to the affidavit, the man fled on foot.",
    "Mayor Kevin Tran wrote in a letter that the city would appeal.",
    "Ruiz leads her rivals by nine points in the latest statewide polls.",
    "Two in three said they would vote for the measure.",
  ])("%s", (text) => expect(lastType(text)).toBe("documents"));
});

describe("rule 7: non-comments are none", () => {
  it("a refusal to comment is not a claim", () => {
    expect(lastType("Lee declined to comment.")).toBe("none");
  });
});

describe("writer-addressed sourcing", () => {
  it("is found and flagged", () => {
    const s = analyse("According to documents you provided, the firm paid twice.").sentences[0]!;
    expect(s.type).toBe("provided_documents");
    expect(s.flags).toContain("writer_addressed");
  });
});

describe("speaker and channel (part 3)", () => {
  it("names the underlying speaker through a pronoun, with the outlet as channel", () => {
    const out = analyse('Commissioner Anna Berglund told Reuters the talks were advanced. "We share the same concerns," she said.').sentences;
    expect(out[0]!.speaker).toEqual({ who: "Commissioner Anna Berglund", named: true, channel: "outlet" });
    expect(out[1]!.speaker).toEqual({ who: "Commissioner Anna Berglund", named: true, channel: "outlet" });
  });
  it("marks unnamed speakers and direct speech", () => {
    expect(analyse("Two officials said the talks were over.").sentences[0]!.speaker).toEqual({ who: "Two officials", named: false, channel: "direct" });
  });
  it("marks documents as the channel and leaves unattributed sentences without a speaker", () => {
    const out = analyse("Records show the company paid $2 million. The company is based in Ohio.").sentences;
    expect(out[0]!.speaker?.channel).toBe("document");
    expect(out[1]!.speaker).toBeNull();
  });
});

describe("round 2: roles from the whole article, wider cues and channels", () => {
  const body = (text: string) => analyse(`Budget talks resume.\n${text}`).sentences.slice(1);
  it("types a person introduced with a role later in the article as official from the start (rule 5)", () => {
    const out = body("Ann Lee said the plan would pass. The vote is on Monday. Lee, the Senate majority leader, spoke again later.");
    expect(out[0]!.type).toBe("official");
  });
  it("keeps a named person with no role anywhere as named_person", () => {
    expect(body("Ann Lee said the plan would pass.")[0]!.type).toBe("named_person");
  });
  it("reads poll respondents as documents (rule 6)", () => {
    expect(body("Most respondents said the economy mattered most.")[0]!.type).toBe("documents");
    expect(body("Thirty percent said they would not vote.")[0]!.type).toBe("documents");
  });
  it("attributes a named person's words in a relative clause", () => {
    const s = body("The bill was drafted by Ann Lee, who said it would pass easily.")[0]!;
    expect(s.type).toBe("named_person");
    expect(s.source?.text).toBe("Ann Lee");
  });
  it("finds another outlet as the channel after a time phrase, and sites by their address (rule 3)", () => {
    expect(body("Ann Lee said last week on CNN that the bill would pass.")[0]!.type).toBe("media_report");
    expect(body("The couple had been married for a decade, according to Tchadinfos.com.")[0]!.type).toBe("media_report");
  });
  it("reads stance verbs as attribution, but not 'ruled' as governing", () => {
    expect(body("Ann Lee endorsed the plan on Monday.")[0]!.type).toBe("named_person");
    expect(body("Marek has ruled Kestria since 2009.")[0]!.type).toBe("unattributed");
  });
});

describe("round 3: a speaker's channel through the article (rules 2 and 3)", () => {
  const body = (text: string, options?: TAnalyseOptions) => analyse(`Budget talks resume.\n${text}`, options).sentences.slice(1).map((s) => s.type);
  it("a speaker introduced directly switches to media_report once heard on another outlet's show, and stays there", () => {
    expect(body('Ann Lee said the plan would pass. Speaking on NBC\'s "Meet the Press," Lee said the vote was close. Lee said she was confident.')).toEqual([
      "named_person",
      "media_report",
      "media_report",
    ]);
  });
  it("a sentence that only places the speaker on a show sets the channel for the next lines", () => {
    expect(body("Tom Reyes opened up to Channel Nine about his decision. “I had no choice,” he said. Reyes said he would leave in May.")).toEqual([
      "unattributed",
      "media_report",
      "media_report",
    ]);
  });
  it("an explicit different channel switches it back", () => {
    const out = body("Ann Lee told CNN the plan would pass. Lee said at a rally on Friday that the vote was close. Lee said she was confident.");
    expect(out).toEqual(["media_report", "named_person", "named_person"]);
  });
  it("an interview with the publishing outlet, or with no outlet named, is not another outlet", () => {
    expect(body("Ann Lee said in an interview on Saturday that the plan would pass. Lee said she was confident.")).toEqual(["named_person", "named_person"]);
    expect(body("Ann Lee, in an interview with The Daily Ledger, said the plan would pass. Lee said she was confident.", { ownOutlets: ["The Daily Ledger"] })).toEqual([
      "named_person",
      "named_person",
    ]);
  });
});

describe("round 3: pronouns with no earlier source, former office-holders (rule 5)", () => {
  const body = (text: string) => analyse(`Budget talks resume.\n${text}`).sentences.slice(1);
  it("a pronoun with no earlier source speaks for the person the last sentences named", () => {
    const out = body("Gov. Ana Ruiz toured the flooded town on Monday. “We will rebuild,” she said.");
    expect(out[1]!.type).toBe("official");
    expect(out[1]!.speaker?.who).toBe("Ana Ruiz");
  });
  it("a former governor or president is still a politician, a former company or group president is not", () => {
    expect(body("Tom Reyes, the former Ohio governor, said the plan would fail.")[0]!.type).toBe("official");
    expect(body("Tom Reyes, the former president of the Harbor Club, said the plan would fail.")[0]!.type).toBe("named_person");
    expect(body("Tom Reyes, the former mayor, said he heard two shots.")[0]!.type).toBe("named_person");
  });
});

describe("round 3: confidence gate", () => {
  it("rates a named role or outlet above a bare name, and leaves low-confidence sentences unattributed when asked", () => {
    const text = "Budget talks resume.\nHealth Minister Ana Ruiz said the clinics would reopen. Jane Roe said she heard two shots. Reuters reported that the plant would close.";
    const plain = analyse(text).sentences.slice(1);
    expect(plain.map((s) => s.type)).toEqual(["official", "named_person", "media_report"]);
    expect(plain[1]!.confidence!).toBeLessThan(plain[0]!.confidence!);
    const gated = analyse(text, { minConfidence: 0.5 }).sentences.slice(1);
    expect(gated.map((s) => s.type)).toEqual(["official", "unattributed", "media_report"]);
    expect(gated[1]!.flags).toContain("low_confidence");
  });
  it("never gates writer-addressed sourcing", () => {
    const s = analyse("According to documents you provided, the firm paid twice.", { minConfidence: 0.99 }).sentences[0]!;
    expect(s.type).toBe("provided_documents");
  });
});
