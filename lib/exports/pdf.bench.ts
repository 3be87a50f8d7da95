// Timing check for the PDF export (not a test): renders 1,000 realistic claims spread
// over 20 articles and prints how long it took and how big the file is, so a regression
// in layout cost or embedded fonts shows up before users wait on it. A second report
// quotes names in every script the export supports, because each script pulls in its
// own font subset. Run: npx tsx lib/exports/pdf.bench.ts
import { renderPdf } from "./pdf";
import type { TReport } from "./report-types";
import { makeArticle, makeClaim, makeReport, SCRIPT_SAMPLES } from "./test-fixtures";

const CLAIMS = 1_000;
const ARTICLES = 20;
const TYPES = ["anonymous", "official", "provided_documents", "documents", "media_report", "named_person", "unattributed"] as const;

function bigReport(multiScript: boolean): TReport {
  const perArticle = CLAIMS / ARTICLES;
  const sample = (i: number) => SCRIPT_SAMPLES[i % SCRIPT_SAMPLES.length]!;
  return makeReport({
    articles: Array.from({ length: ARTICLES }, (_, a) =>
      makeArticle({
        id: `article-${a}`,
        title: `Article ${a + 1}: council budget, bridge repairs and the ferry timetable`,
        claims: Array.from({ length: perArticle }, (_, i) =>
          makeClaim({
            number: i + 1,
            quote: multiScript
              ? `${sample(i).quote} ${"more context ".repeat(i % 12)}⚑`
              : `Claim ${i + 1}: “officials said” the project cost rose 20–30% after delays — ${"more context ".repeat(i % 12)}⚑`,
            ...(multiScript ? { sourcePhrase: sample(i).name, reviewer: sample(i + 3).name } : {}),
            sourcingType: TYPES[i % TYPES.length] ?? null,
            rationale: "Checked against the published budget and two interviews. ".repeat(1 + (i % 4)),
            evidence: [
              { url: `https://example.org/doc/${i}`, note: "Budget line 12" },
              { url: "https://example.org/minutes", note: "" },
            ],
          }),
        ),
      }),
    ),
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function bench(label: string, report: TReport) {
  const wall: number[] = [];
  const cpu: number[] = [];
  let size = 0;
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const buf = await renderPdf(report);
    const c = process.cpuUsage(c0);
    wall.push(performance.now() - t0);
    // CPU time as well as wall time: on a shared machine wall time mostly measures the neighbours.
    cpu.push((c.user + c.system) / 1000);
    size = buf.length;
  }
  const fmt = (xs: number[]) => xs.map((m) => m.toFixed(0)).join(", ");
  console.log(`renderPdf, ${label}: ${CLAIMS} claims, ${(size / 1024).toFixed(0)} KiB, ${(size / CLAIMS).toFixed(0)} B/claim`);
  console.log(`wall ms: ${fmt(wall)} (median ${median(wall).toFixed(0)}); cpu ms: ${fmt(cpu)} (median ${median(cpu).toFixed(0)}, best ${Math.min(...cpu).toFixed(0)})`);
}

async function main() {
  const t0 = performance.now();
  await renderPdf(makeReport({ articles: [makeArticle({ claims: SCRIPT_SAMPLES.map((s) => makeClaim({ quote: s.quote })) })] }));
  // Module and font loading happen once per process, not per report.
  console.log(`first render (loads modules and fonts): ${(performance.now() - t0).toFixed(0)} ms`);
  await bench("Latin text and ⚑", bigReport(false));
  await bench("names and quotes in 8 scripts and emoji", bigReport(true));
}

void main();
