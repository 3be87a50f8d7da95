// One test per family of attribution cue: the sentence type, the cue words
// and the source phrase found, and absolute offsets that point at them.
import { describe, expect, it } from "vitest";
import { analyse, type TAnalysedSentence } from "./index";

// Analyses a short text and returns its last sentence, so context sentences
// can introduce people first.
function last(text: string): TAnalysedSentence {
  const { sentences } = analyse(text);
  const s = sentences[sentences.length - 1]!;
  for (const span of [s.cue, s.source]) {
    if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
  }
  return s;
}

function expectCue(text: string, type: string, cue: string | RegExp, source: string | RegExp) {
  const s = last(text);
  expect(s.type).toBe(type);
  expect(s.cue?.text).toMatch(cue);
  expect(s.source?.text).toMatch(source);
}

describe("reporting verbs", () => {
  const cases: Array<[string, string, string, string]> = [
    ["Police said the road would reopen on Monday.", "official", "said", "Police"],
    ["The ministry says exports fell 4% in May.", "official", "says", "The ministry"],
    ["Defence Minister Ana Ruiz told reporters the troops would stay.", "official", "told", "Defence Minister Ana Ruiz"],
    ["The Harper Administration maintains the tariffs are legal.", "official", "maintains", "The Harper Administration"],
    ["President Lena Ortiz declared that the emergency was over.", "official", "declared", "President Lena Ortiz"],
    ["The company confirmed that 40 workers had been laid off.", "official", "confirmed", "The company"],
    ["Bloomberg reported that the deal had collapsed.", "media_report", "reported", "Bloomberg"],
    ["A spokesperson for the ministry stated that no decision had been made.", "official", "stated", "A spokesperson for the ministry"],
    ["The regulator noted that complaints had doubled since 2021.", "official", "noted", "The regulator"],
    ["The league announced a new salary cap of $140 million.", "official", "announced", "The league"],
    ["Critics argued that the plan would raise rents.", "anonymous", "argued", "Critics"],
    ["Union leader Pat Green insisted the strike would continue.", "official", "insisted", "Union leader Pat Green"],
    ["The hospital acknowledged that two patients had died.", "official", "acknowledged", "The hospital"],
    ["Mayor Kevin Tran wrote in a letter that the city would appeal.", "documents", "wrote", "Mayor Kevin Tran"],
    ["Shares will rise, analysts predicted.", "anonymous", "predicted", "analysts"],
  ];
  it.each(cases)("%s", (text, type, cue, source) => expectCue(text, type, cue, source));

  it("finds the speaker after an inverted verb, with an appositive name", () => {
    expectCue('"We are not done," said the group\'s president, Walter Ames.', "official", "said", /Walter Ames/);
    expectCue("The project is on schedule, said Jane Doe, the director.", "official", "said", /^Jane Doe/);
  });

  it("prefers the attribution that closes the sentence", () => {
    expectCue(
      "Jeffrey Lund promised returns of 12% a year from what he described as farmland, the U.S. Attorney's Office said.",
      "official",
      "said",
      "the U.S. Attorney's Office",
    );
  });

  it("ignores verbs used as nouns, in negations and inside quotations", () => {
    expect(last("The claims were false.").type).not.toBe("named_person");
    expect(last("The minister's claims drew criticism in 2024.").cue).toBeNull();
    expect(last("She declined to say how many jobs would go.").type).toBe("none");
    expect(last('The sign read "He said she said" in red letters on Monday.').cue).toBeNull();
  });
});

describe("according to, citing and passives", () => {
  it("reads the source after according to", () => {
    expectCue("Ten people died, according to the Interior Ministry.", "official", "according to", "the Interior Ministry");
    expectCue("According to court records, the man was 54.", "documents", "According to", "court records");
    expectCue("Sales fell 8%, according to a person familiar with the matter.", "anonymous", "according to", "a person familiar with the matter");
  });

  it("reads the source after citing and after passive reporting verbs", () => {
    expectCue("The deal is off, Reuters reported, citing three sources close to the talks.", "anonymous", /reported/, /three sources close to the talks/);
    expectCue("The talks were first reported by Bloomberg News.", "media_report", /reported by/, "Bloomberg News");
  });
});

describe("anonymity", () => {
  it("recognises the usual wordings and the reason given", () => {
    const a = last("A senior official, who spoke on condition of anonymity to discuss private talks, said the plan was dead.");
    expect(a.type).toBe("anonymous");
    expect(a.flags).toContain("anonymity_reason_given");
    expect(last("An aide, who requested anonymity, said the vote would slip.").type).toBe("anonymous");
    expect(last("A spokesperson, who asked not to be named, said the plant would close.").type).toBe("anonymous");
    expect(last("One guard, who was not authorized to speak publicly, said the gate was open.").type).toBe("anonymous");
  });
});

describe("documents", () => {
  it("treats papers, data and filings as documents", () => {
    expectCue("Documents show the company paid $2 million to the consultant.", "documents", "show", "Documents");
    expectCue("Court records show he was arrested twice in 2019.", "documents", "show", "Court records");
    expectCue("Data from the statistics office showed inflation at 2.1%.", "documents", "showed", /Data from the statistics office/);
    expect(last("Prosecutors said in a court filing that he fled to Spain.").type).toBe("documents");
    expect(last("In court filings, the bank said it had done nothing wrong.").type).toBe("documents");
  });

  it("reads statements as the institution speaking", () => {
    expect(last("The ministry said in a statement that the border would stay shut.").type).toBe("official");
    expect(last("In a statement, the club condemned the chants.").type).toBe("official");
    expect(last("A statement from the embassy said two staff members had been expelled.").type).toBe("official");
  });
});

describe("outlets", () => {
  it("labels another outlet as the channel", () => {
    expect(last("Council member Jo Park told Reuters the budget was short by $3 million.").type).toBe("media_report");
    expect(last("According to a report in The New York Times, the envoy met rebels in June.").type).toBe("media_report");
    expect(last("The Wall Street Journal first reported the accounting problems in 2022.").type).toBe("media_report");
    expect(last("Minister Karim Adel told the state-run Al-Nahar newspaper that a deal was near.").type).toBe("media_report");
    expect(last("Local media reported that the mayor had resigned.").type).toBe("media_report");
  });
});
