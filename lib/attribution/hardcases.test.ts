// The hard cases from the spec: who counts as anonymous, official or named,
// outlets as channels, writer-addressed documents, and non-claims.
import { describe, expect, it } from "vitest";
import { analyse } from "./index";

const typeOf = (text: string) => {
  const { sentences } = analyse(text);
  return sentences[sentences.length - 1]!.type;
};
const lastOf = (text: string) => {
  const { sentences } = analyse(text);
  return sentences[sentences.length - 1]!;
};

describe("unnamed individuals are anonymous", () => {
  it.each([
    "U.S. officials said the strikes would continue.",
    "The talks stalled, according to people familiar with the matter.",
    "Several people with knowledge of the call said it lasted an hour.",
    "A senior official who was not authorized to discuss the plan said it had been shelved.",
    "Two diplomats briefed on the meeting said no deal was reached.",
    "Witnesses said the car sped away after the crash.",
    "Allies of the chancellor, Richard Moss, said he would resist the move.",
  ])("%s", (text) => expect(typeOf(text)).toBe("anonymous"));
});

describe("institutions speaking are official", () => {
  it.each([
    "The White House said the president would travel on Monday.",
    "The ministry said in a statement that the border would reopen.",
    "The State Department said it was aware of the reports.",
    "Brightmart Inc said it would cut 3,000 jobs.",
    "The Harper Administration maintains the strikes are lawful.",
    "Police said the suspect was arrested at 3 a.m.",
    "A spokesperson for the ministry said the minister was abroad.",
    "Prime Minister Elise Vandenberghe's office said she would visit the area.",
  ])("%s", (text) => expect(typeOf(text)).toBe("official"));
});

describe("people identified by name are named_person", () => {
  it.each(['"We will appeal," said Martin Greaves, the lawyer for the company.'])("%s", (text) => expect(typeOf(text)).toBe("named_person"));
});

// Issue 17, rule 5: named office-holders speaking in their role are official.
describe("named office-holders are official", () => {
  it.each([
    "Defence Minister Ana Ruiz said the troops would stay.",
    "Lena Marsh, a spokesperson for the U.N. agency, said 12,000 people had fled.",
    "Council member Rosa Delgado, who voted against the plan, said it was rushed.",
    "Department spokesman Ned Carter said the policy had not changed.",
  ])("%s", (text) => expect(typeOf(text)).toBe("official"));

  it("resolves a surname to the person introduced earlier", () => {
    expect(typeOf("President Donald Trump spoke on Monday. Trump said the talks were over.")).toBe("official");
    expect(typeOf("Acme said it would appeal.")).toBe("official");
  });
});

describe("another outlet as the channel", () => {
  it("is media_report for named or official sources", () => {
    expect(typeOf("Finance Minister Jo Park told Reuters the budget was short.")).toBe("media_report");
    expect(typeOf("According to a report in The New York Times, the meeting took place in June.")).toBe("media_report");
    expect(typeOf("Bloomberg reported that the company was exploring a sale.")).toBe("media_report");
  });

  it("prefers anonymous when unnamed people are the source, keeping the outlet in the source", () => {
    const s = lastOf(
      "The governor phoned the union chief on Sunday, according to two people aware of the exchange quoted in an article by The Boston Globe.",
    );
    expect(s.type).toBe("anonymous");
    expect(s.cue?.text).toBe("according to");
    expect(s.source?.text).toMatch(/two people.*Boston Globe/);
    expect(typeOf("Two people with knowledge of the investigation told Reuters the hackers had demanded a ransom.")).toBe("anonymous");
    const cited = lastOf("The deal is dead, Bloomberg reported, citing people familiar with the matter.");
    expect(cited.type).toBe("anonymous");
    expect(cited.source?.text).toMatch(/Bloomberg/);
  });
});

describe("documents provided to a third party versus to the writer", () => {
  it("labels third-party documents as documents, without a flag", () => {
    for (const text of [
      "Documents provided to the committee show 14 payments were made.",
      "Records provided by the ministry show the contract was signed in May.",
      "Files shared with reporters by the agency show the plan was approved.",
    ]) {
      const s = lastOf(text);
      expect(s.type).toBe("documents");
      expect(s.flags).not.toContain("writer_addressed");
    }
  });

  it("flags wording that addresses the writer", () => {
    for (const text of [
      "The mayor approved the contract, according to records you sent me.",
      "The files you shared with me show the mayor approved the contract.",
      "The materials you sent include a signed invoice for $40,000.",
      "The memo you forwarded says the budget will be cut by 8%.",
      "As you requested, the list includes every vendor paid since 2021.",
      "The transcript you gave me shows the witness changed her account.",
      "Based on the notes you supplied, the meeting lasted three hours.",
    ]) {
      const s = lastOf(text);
      expect(s.type, text).toBe("provided_documents");
      expect(s.flags, text).toContain("writer_addressed");
      expect(s.cue, text).not.toBeNull();
    }
  });

  it("does not flag 'you' in quoted speech or ordinary dialogue", () => {
    const s = lastOf("Ana Ruiz spoke to the crowd. 'I told you so,' she said.");
    expect(s.type).toBe("named_person");
    expect(s.flags).not.toContain("writer_addressed");
    const q = lastOf('"Show me the documents you provided to the police," the judge told the witness.');
    expect(q.flags).not.toContain("writer_addressed");
    expect(analyse('"You can ask anyone who was there," Hale said. "You provided me nothing."').sentences.every((x) => !x.flags.includes("writer_addressed"))).toBe(true);
  });
});

describe("sentences that are not claims", () => {
  it("labels headlines, bylines, datelines and metadata as none", () => {
    const { sentences } = analyse(
      "Court blocks asylum rule\nBy Jane Roe and John Doe\nUpdated 6:42 p.m. EST, Feb. 5, 2025\n\nCAIRO, June 12\n\nReporting by Ali Musa; Editing by Tom Hay",
    );
    expect(sentences.map((s) => s.type)).toEqual(["none", "none", "none", "none", "none"]);
  });

  it("labels questions, refusals and opinion or transitions as none", () => {
    expect(typeOf("Is a deal still possible?")).toBe("none");
    expect(typeOf("A spokesperson for the company declined to comment.")).toBe("none");
    expect(typeOf("The ministry did not respond to a request for comment.")).toBe("none");
    expect(typeOf("Lawyers for the defendants could not be reached on Tuesday.")).toBe("none");
    expect(typeOf("United said in a statement that it does not comment on speculation.")).toBe("none");
    expect(typeOf("It is unclear whether either side will compromise.")).toBe("none");
    expect(typeOf("The claim could not be independently verified.")).toBe("none");
    expect(typeOf("That is not the whole story.")).toBe("none");
  });

  it("keeps the claim when a refusal is followed by a statement", () => {
    expect(typeOf("The company declined to comment on the lawsuit but said it was cooperating with regulators.")).toBe("official");
  });

  it("labels checkable claims without a source as unattributed", () => {
    expect(typeOf("The company employs 52,000 people in 28 states.")).toBe("unattributed");
    expect(typeOf("Quillpay collapsed in March 2023.")).toBe("unattributed");
    expect(typeOf("No injuries were reported.")).toBe("unattributed");
  });
});
