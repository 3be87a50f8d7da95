import { describe, expect, it } from "vitest";
import { createLimiter } from "./limiter";

describe("createLimiter", () => {
  it("never runs more than its limit at once, and runs everything", async () => {
    const limited = createLimiter(2);
    let now = 0;
    let peak = 0;
    const gates: Array<() => void> = [];
    const tasks = Array.from({ length: 7 }, (_, i) =>
      limited(async () => {
        now++;
        peak = Math.max(peak, now);
        await new Promise<void>((r) => gates.push(r));
        now--;
        return i;
      }),
    );
    // Open the gates one at a time, as tasks reach them.
    for (let opened = 0; opened < 7; opened++) {
      while (gates.length === 0) await new Promise((r) => setImmediate(r));
      expect(now).toBeLessThanOrEqual(2);
      gates.shift()!();
    }
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(peak).toBe(2);
  });
});
