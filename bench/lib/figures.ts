// What `npm run bench` reports: each measured figure beside the limit it is judged
// against (a physical limit measured the same way on the same data, or a fixed goal),
// printed as a table and kept as a dated Markdown file with the machine it ran on.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export type TFigure = {
  section: string;
  what: string;
  value: number;
  unit: string;
  // The same work done the fastest way we know (raw SQL, COPY, another library).
  // Ratio is value / limit: below 1 is good for times, above 1 for throughputs.
  limit?: { label: string; value: number };
  goal?: { text: string; met: boolean };
  note?: string;
};

const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));

export function ratio(f: TFigure): number | null {
  if (!f.limit || f.limit.value === 0 || f.value === 0) return null;
  return f.value / f.limit.value;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
}

function rows(figures: TFigure[]): string[][] {
  return figures.map((f) => {
    const r = ratio(f);
    return [
      f.section,
      f.what,
      `${fmt(f.value)} ${f.unit}`,
      f.limit ? `${fmt(f.limit.value)} ${f.unit} (${f.limit.label})` : "",
      r === null ? "" : `${r.toFixed(2)}×`,
      f.goal ? `${f.goal.met ? "met" : "NOT MET"}: ${f.goal.text}` : "",
    ];
  });
}

const HEAD = ["Section", "Figure", "Measured", "Limit", "Ratio", "Goal"];

export function printTable(figures: TFigure[]): void {
  const all = [HEAD, ...rows(figures)];
  const widths = HEAD.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  for (const [n, r] of all.entries()) {
    console.log(r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd());
    if (n === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
  for (const f of figures.filter((x) => x.note)) console.log(`  · ${f.section} / ${f.what}: ${f.note}`);
}

export type TMachine = { cores: number; cpu: string; memoryGiB: number; node: string; postgres: string; dataset: string };

export function machine(postgres: string, dataset: string): TMachine {
  return { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? "unknown", memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, postgres, dataset };
}

/** Writes bench/results/<date>-<time>.md and returns its path. */
export function writeResults(figures: TFigure[], m: TMachine, extra: string[]): string {
  const stamp = new Date().toISOString().replace(/:\d\d\.\d+Z$/, "").replace("T", "-").replace(":", "");
  const file = path.resolve("bench/results", `${stamp}.md`);
  mkdirSync(path.dirname(file), { recursive: true });
  const esc = (s: string) => s.replace(/\|/g, "\\|");
  const lines = [
    `# Sourcebench benchmark, ${new Date().toISOString()}`,
    "",
    `- Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB memory, Node ${m.node}`,
    `- PostgreSQL: ${m.postgres}`,
    `- Data: ${m.dataset}`,
    "",
    `| ${HEAD.join(" | ")} |`,
    `| ${HEAD.map(() => "---").join(" | ")} |`,
    ...rows(figures).map((r) => `| ${r.map(esc).join(" | ")} |`),
    "",
    ...figures.filter((f) => f.note).map((f) => `- ${f.section} / ${f.what}: ${f.note}`),
    "",
    ...extra,
  ];
  writeFileSync(file, lines.join("\n") + "\n");
  return file;
}
