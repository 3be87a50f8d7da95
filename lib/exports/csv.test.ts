// CSV export tests: columns and values, RFC 4180 quoting, the single BOM, formula
// neutralising, and that streaming pulls rows only as fast as they are consumed.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, csvChunks, csvWebStream, neutralizeCell, reportRows, toCsv, type TCsvRow } from "./csv";
import { makeArticle, makeClaim, makeReport } from "./test-fixtures";

const parseCsv = (text: string): Record<string, string>[] => parse(text, { bom: true, columns: true, record_delimiter: "\r\n" });

describe("toCsv", () => {
  it("writes one BOM, the header and one row per claim with CRLF endings", () => {
    const report = makeReport({
      articles: [
        // In text order, as the report holds them; numbers follow creation, not text order.
        makeArticle({ id: "a1", claims: [makeClaim({ id: "x2", number: 2 }), makeClaim({ id: "x1", number: 1 })] }),
        makeArticle({ id: "a2", claims: [makeClaim({ id: "y1" })] }),
      ],
    });
    const csv = toCsv(report);
    expect(csv.startsWith("\uFEFFarticle_id,article_title,")).toBe(true);
    expect(csv.match(/\uFEFF/g)).toHaveLength(1);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "").includes("\n")).toBe(false);
    const rows = parseCsv(csv);
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r.claim_id)).toEqual(["x2", "x1", "y1"]);
    expect(rows.map((r) => r.claim_number)).toEqual(["2", "1", "1"]);
  });

  it("maps every field of a claim", () => {
    const [row] = parseCsv(toCsv(makeReport()));
    expect(row).toMatchObject({
      article_id: "a1",
      article_title: "Bridge costs soar",
      article_url: "https://news.example.com/bridge",
      outlet: "The Daily Example",
      published_at: "2024-04-29T06:00:00.000Z",
      article_needs_reattaching: "0",
      claim_number: "1",
      quote: "The council spent $4m on the bridge.",
      sourcing_type: "named_person",
      sourcing_label: "Named person",
      source_phrase: "Mayor Jane Ito",
      cue: "said",
      identification: "full",
      ground_rules: "on_record",
      anonymity_reason: "",
      hand: "first_hand",
      source_count: "1",
      status: "approved",
      rating_label: "True",
      rating_value: "5",
      rationale: "Matches the 2023 budget.",
      evidence: "https://example.org/budget.pdf (Budget, p. 12)",
      reviewer: "Ana Reviewer",
      approver: "Bo Editor",
      decided_at: "2024-05-01T10:00:00.000Z",
      approved_at: "2024-05-02T09:30:00.000Z",
      red_flags: "",
    });
  });

  it("leaves empty fields empty and joins evidence and red flags", () => {
    const claim = makeClaim({
      sourcingType: "anonymous",
      anonymityReason: null,
      rating: null,
      sourceCount: null,
      status: "decided",
      approvedAt: null,
      decidedAt: "2024-01-01T00:00:00.000Z",
      evidence: [
        { url: "https://a.example/1", note: "" },
        { url: "https://b.example/2", note: "Court filing" },
      ],
    });
    const [row] = parseCsv(toCsv(makeReport({ articles: [makeArticle({ claims: [claim], url: null, outlet: null })] })));
    expect(row).toMatchObject({
      article_url: "",
      outlet: "",
      rating_label: "",
      rating_value: "",
      source_count: "",
      evidence: "https://a.example/1 | https://b.example/2 (Court filing)",
      red_flags: "anonymous_no_reason;approval_overdue",
    });
  });

  it("quotes commas, quotes and lone line breaks (RFC 4180) and round-trips them", () => {
    const tricky = ['He said "no", then left.', "line one\nline two", "carriage\rreturn", "a,b", "ünïcödé “curly” — ⚑"];
    const report = makeReport({ articles: [makeArticle({ claims: tricky.map((quote) => makeClaim({ quote })) })] });
    const csv = toCsv(report);
    expect(csv).toContain('"He said ""no"", then left."');
    expect(csv).toContain('"line one\nline two"');
    expect(csv).toContain('"carriage\rreturn"');
    expect(parseCsv(csv).map((r) => r.quote)).toEqual(tricky);
  });
});

describe("formula injection", () => {
  const rows: Array<[string | number | null, string | number]> = [
    ["=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")"],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["a=1", "a=1"],
    [" =1", " =1"],
    ["", ""],
    [null, ""],
    [-2, -2],
    [5, 5],
  ];
  it.each(rows)("%j becomes %j", (input, expected) => {
    expect(neutralizeCell(input)).toBe(expected);
  });

  it("neutralises every text column, not just the quote", () => {
    const claim = makeClaim({ quote: "=1", sourcePhrase: "+2", cue: "-3", rationale: "@4", reviewer: "=5", rating: { label: "=6", value: -1 } });
    const article = makeArticle({ title: "=title", outlet: "@outlet", claims: [claim] });
    const [row] = parseCsv(toCsv(makeReport({ articles: [article] })));
    expect(row).toMatchObject({
      article_title: "'=title",
      outlet: "'@outlet",
      quote: "'=1",
      source_phrase: "'+2",
      cue: "'-3",
      rationale: "'@4",
      reviewer: "'=5",
      rating_label: "'=6",
      rating_value: "-1",
    });
  });
});

describe("streaming", () => {
  async function collect(it: AsyncIterable<string>): Promise<string> {
    let out = "";
    for await (const chunk of it) out += chunk;
    return out;
  }

  it("produces exactly what toCsv produces", async () => {
    const report = makeReport({ articles: [makeArticle({ claims: Array.from({ length: 600 }, (_, i) => makeClaim({ number: i + 1 })) })] });
    const streamed = await collect(csvChunks(reportRows(report), { now: report.generatedAt }));
    expect(streamed).toBe(toCsv(report));
  });

  it("emits just the BOM and header for no rows", async () => {
    expect(await collect(csvChunks([]))).toBe(toCsv(makeReport({ articles: [] })));
  });

  it("pulls rows from the source only as chunks are consumed", async () => {
    let produced = 0;
    const article = makeArticle({ claims: [] });
    const claim = makeClaim();
    async function* source(): AsyncGenerator<TCsvRow> {
      for (let i = 0; i < 1_000_000; i++) {
        produced++;
        yield { article, claim };
      }
    }
    const it = csvChunks(source());
    await it.next(); // header
    expect(produced).toBe(0);
    await it.next(); // first batch
    const afterOne = produced;
    expect(afterOne).toBeGreaterThan(0);
    expect(afterOne).toBeLessThanOrEqual(300);
    await it.return(undefined);
    expect(produced).toBe(afterOne);
  });

  it("serves a web stream that reads lazily and closes the source on cancel", async () => {
    let produced = 0;
    let closed = false;
    const article = makeArticle({ claims: [] });
    async function* source(): AsyncGenerator<TCsvRow> {
      try {
        for (let i = 0; i < 1_000_000; i++) {
          produced++;
          yield { article, claim: makeClaim({ quote: `Claim ${i}` }) };
        }
      } finally {
        closed = true;
      }
    }
    const reader = csvWebStream(source()).getReader();
    const first = await reader.read();
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(first.value).startsWith("\uFEFFarticle_id")).toBe(true);
    await reader.read();
    expect(produced).toBeLessThanOrEqual(600);
    await reader.cancel();
    expect(closed).toBe(true);
  });

  it("streams a complete small export as UTF-8 bytes with the BOM once", async () => {
    const report = makeReport();
    const res = new Response(csvWebStream(reportRows(report), { now: report.generatedAt }));
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe(toCsv(report));
  });
});
