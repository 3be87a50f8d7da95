// A demo article written for Sourcebench in the style of wire copy, with the sourcing
// patterns reviewers meet every day: anonymous sources with a reason, an institution
// on the record, a named person, another outlet's report, records, no attribution, and
// one writer-addressed attribution ("documents you provided me").
export const DEMO_ARTICLE = {
  title: "Port authority weighs sale of harbour terminal",
  outlet: "Sourcebench Demo Wire",
  author: "Lena Ortiz",
  url: "https://example.org/demo/port-terminal-sale",
  publishedAt: new Date("2026-03-14T09:00:00Z"),
  text: `Port authority weighs sale of harbour terminal
By Lena Ortiz | 14 March 2026

The regional port authority has held preliminary talks with two private operators about selling its container terminal, according to three people familiar with the negotiations. The people spoke on condition of anonymity because the talks are confidential.

The same people said a decision could come before the summer, although no formal offer has been made.

The Ministry of Transport said in a statement that it "supports any option that protects jobs at the harbour."

Harbour master Tomas Berg told reporters on Tuesday that cargo volumes fell 12 percent last year.

According to documents you provided me, the authority's board approved a valuation of the terminal in January.

Records filed with the commercial registry show that one of the bidders registered a local subsidiary in February.

The terminal employs about 1,400 people and handles most of the region's grain exports.

A report in the Northern Ledger said the dock workers' union had not been consulted. Union leaders declined to comment.`,
};
