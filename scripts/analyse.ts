// Command-line front end to the attribution analyser, for reporters and for
// scripting: `npm run --silent analyse -- FILE` prints one JSON document with
// every sentence of the file, its sourcing type, cue and source. Offsets are
// UTF-16 indices into the file's text so other tools can map them back.

import fs from "node:fs";
import path from "node:path";
import { analyse } from "../lib/attribution/index";

function fail(message: string): never {
  process.stderr.write(`analyse: ${message}\n`);
  process.exit(1);
}

function readText(file: string): string {
  // npm runs scripts from the package root; INIT_CWD is where the user was.
  const full = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  try {
    return fs.readFileSync(full, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : (code ?? "unreadable");
    return fail(`cannot read ${file}: ${why}`);
  }
}

function main(args: string[]): void {
  const file = args[0];
  if (file === undefined || file === "") fail("missing FILE argument\nusage: npm run --silent analyse -- FILE");
  const text = readText(file);
  const { sentences } = analyse(text);
  const out = {
    sentences: sentences.map((s) => ({
      start: s.start,
      end: s.end,
      text: s.text,
      type: s.type,
      cue: s.cue?.text ?? null,
      source: s.source?.text ?? null,
      carriedOver: s.carriedOver,
      flags: s.flags,
    })),
  };
  process.stdout.write(JSON.stringify(out, null, 2) + "\n");
}

try {
  main(process.argv.slice(2));
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}
