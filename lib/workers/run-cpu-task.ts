// A small pool of worker threads for CPU-heavy requests (file imports, the attribution
// analyser), with a time limit and a memory cap per task: the web server's thread only
// waits, so other teams' pages are served meanwhile, and a task over its limit is
// stopped (its thread terminated) with a clear refusal. Piscina keeps the threads warm.
import "server-only";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Piscina } from "piscina";
import { AppError, type TErrorCode } from "@/lib/errors";
import type { TCpuAnswer, TCpuTask } from "./cpu-tasks";

export const CPU_TASK_LIMITS = { timeoutMs: 15_000, heapMb: 256, queue: 64 } as const;

const globalForPool = globalThis as unknown as { sourcebenchCpuPool?: Piscina };

function pool(): Piscina {
  globalForPool.sourcebenchCpuPool ??= new Piscina({
    filename: path.join(process.cwd(), "lib", "workers", "cpu-worker.mjs"),
    minThreads: 1,
    // One core stays with the web server.
    maxThreads: Math.max(1, availableParallelism() - 1),
    idleTimeout: 60_000,
    maxQueue: CPU_TASK_LIMITS.queue,
    resourceLimits: { maxOldGenerationSizeMb: CPU_TASK_LIMITS.heapMb },
  });
  return globalForPool.sourcebenchCpuPool;
}

const TOO_HEAVY: Record<TCpuTask["task"], string> = {
  import: "That file took too long or too much memory to read, so it was stopped. It may be malformed; try plain text or paste the article's text.",
  extract: "That page took too long or too much memory to read, so it was stopped. Paste the article's text instead.",
  docx: "That file took too long or too much memory to read, so it was stopped. It may be malformed; paste the article's text instead.",
  analyse: "The assistant took too long on this text, so it was stopped. Add claims by hand, or try again once the text is shorter.",
};

export async function runCpuTask<T>(task: TCpuTask, { timeoutMs = CPU_TASK_LIMITS.timeoutMs }: { timeoutMs?: number } = {}): Promise<T> {
  let answer: TCpuAnswer<T>;
  try {
    answer = (await pool().run(task, { signal: AbortSignal.timeout(timeoutMs) })) as TCpuAnswer<T>;
  } catch (err) {
    const e = err as { name?: string; code?: string; message?: string };
    if (e?.name === "AbortError" || e?.name === "TimeoutError" || e?.code === "ERR_WORKER_OUT_OF_MEMORY" || /out of memory|terminated|aborted/i.test(e?.message ?? "")) {
      throw new AppError("PAYLOAD_TOO_LARGE", TOO_HEAVY[task.task]);
    }
    if (/queue is at limit|Task queue/i.test(e?.message ?? "")) throw new AppError("UNAVAILABLE", "The server is busy with other heavy requests. Try again in a moment.");
    throw err;
  }
  if (!answer.ok) throw new AppError(answer.code as TErrorCode, answer.message, answer.details);
  return answer.value;
}
