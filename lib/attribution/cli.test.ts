// End-to-end checks of scripts/analyse.ts: JSON shape, offsets that map back
// into the file, and clean failures for bad arguments.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = process.cwd();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sourcebench-analyse-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  return spawnSync("npx", ["tsx", "scripts/analyse.ts", ...args], { cwd: root, encoding: "utf8", timeout: 100_000 });
}

type TOut = {
  sentences: Array<{
    start: number;
    end: number;
    text: string;
    type: string;
    cue: string | null;
    source: string | null;
    carriedOver: boolean;
    flags: string[];
  }>;
};

// Spawning tsx is slow on a busy machine, hence the generous timeouts.
const SLOW = 120_000;

describe("scripts/analyse.ts", () => {
  it("prints every sentence with offsets into the file's text", () => {
    const text =
      "Court blocks rule\n\nWASHINGTON (Reuters) - The White House said on Tuesday it would appeal. " +
      "“We are confident,” said spokeswoman Ana Ruiz, 41. 😀 Emoji and “curly quotes” keep UTF-16 offsets honest.\n\n" +
      "Records you provided show 14 payments. Is that legal?\n";
    const file = path.join(dir, "article.txt");
    fs.writeFileSync(file, text, "utf8");
    const res = cli(file);
    expect(res.status, res.stderr).toBe(0);
    const out = JSON.parse(res.stdout) as TOut;
    expect(Object.keys(out)).toEqual(["sentences"]);
    let last = 0;
    for (const s of out.sentences) {
      expect(Object.keys(s)).toEqual(["start", "end", "text", "type", "cue", "source", "carriedOver", "flags"]);
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.start).toBeGreaterThanOrEqual(last);
      expect(text.slice(last, s.start).trim()).toBe("");
      if (s.cue !== null) expect(s.text).toContain(s.cue);
      last = s.end;
    }
    expect(text.slice(last).trim()).toBe("");
    const types = out.sentences.map((s) => s.type);
    expect(types[0]).toBe("none");
    expect(types[1]).toBe("official");
    expect(out.sentences[1]!.cue).toBe("said");
    expect(out.sentences[1]!.source).toBe("The White House");
    expect(types).toContain("provided_documents");
    expect(types[types.length - 1]).toBe("none");
  }, SLOW);

  it("fails cleanly without an argument", () => {
    const res = cli();
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/missing FILE/);
    expect(res.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  }, SLOW);

  it("fails cleanly for a missing or unreadable file", () => {
    const missing = cli(path.join(dir, "nope.txt"));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*nope\.txt: no such file/);
    expect(missing.stderr).not.toMatch(/\bat .*:\d+:\d+/);
    expect(missing.stdout).toBe("");
    const folder = cli(dir);
    expect(folder.status).toBe(1);
    expect(folder.stderr).toMatch(/is a directory/);
  }, SLOW);
});
