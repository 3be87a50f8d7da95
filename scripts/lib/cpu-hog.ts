// Busy processes, one per core, for running the browser journeys on a machine that is
// doing something else as well: a suite that passes only on a quiet machine is not green.
import { spawn, type ChildProcess } from "node:child_process";
import { availableParallelism } from "node:os";

export type TCpuHog = { stop(): void; count: number };

export function startCpuHog(count = availableParallelism()): TCpuHog {
  // Each spins, and leaves as soon as its parent is gone (killed, Ctrl-C), so a hog is
  // never left running after the tests.
  const spin = `const parent = process.ppid; for (let i = 1; ; i++) if (i % 20000000 === 0 && process.ppid !== parent) process.exit(0);`;
  const children: ChildProcess[] = Array.from({ length: count }, () => spawn(process.execPath, ["-e", spin], { stdio: "ignore" }));
  const stop = () => {
    for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  };
  process.once("exit", stop);
  return { stop, count };
}
