// What `npm run bench` reports: each measured figure beside the limit it is judged
// against (a physical limit measured the same way on the same data, or a fixed goal),
// printed as a table and kept as a dated Markdown file with the machine it ran on.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

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

export type TMachine = { cores: number; cpu: string; memoryGiB: number; node: string; postgres: string; dataset: string; speed: string };

// The same CPU model name can run at very different speeds from one day (or host) to the
// next, so each results file carries two fixed workloads, one in Node and one in
// PostgreSQL: figures from two files compare only as well as these two agree.
export async function calibrate(sql: (text: string) => Promise<unknown>): Promise<string> {
  const best = async (fn: () => unknown) => {
    let min = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await fn();
      min = Math.min(min, performance.now() - t0);
    }
    return min;
  };
  const js = await best(() => {
    let x = 1;
    const xs = Float64Array.from({ length: 2_000_000 }, () => (x = (x * 48271) % 2147483647) / 2147483647);
    return xs.sort()[0];
  });
  const pg = await best(() => sql("SELECT sum(i) FROM generate_series(1, 5000000) i"));
  return `Node sorts 2,000,000 doubles in ${js.toFixed(0)} ms; PostgreSQL sums generate_series(1, 5,000,000) in ${pg.toFixed(0)} ms (best of 3 each)`;
}

export function machine(postgres: string, dataset: string, speed: string): TMachine {
  return { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? "unknown", memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, postgres, dataset, speed };
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
    `- Speed: ${m.speed}`,
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
