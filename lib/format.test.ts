import { describe, expect, it } from "vitest";
import { formatDay, formatMonth, formatNumber, formatWhen } from "./format";

const gb = { locale: "en-GB", timeZone: "Europe/Warsaw" };
const us = { locale: "en-US", timeZone: "America/New_York" };
const pl = { locale: "pl-PL", timeZone: "Europe/Warsaw" };

describe("formats in the team's locale", () => {
  it.each([
    [gb, "30 Nov 2026, 14:05", "14 Mar 2026", "Nov 2026", "1,100"],
    [us, "Nov 30, 2026, 8:05 AM", "Mar 14, 2026", "Nov 2026", "1,100"],
    [pl, "30 lis 2026, 14:05", "14 mar 2026", "lis 2026", "1100"],
  ])("%o", (f, when, day, month, number) => {
    expect(formatWhen("2026-11-30T13:05:00.000Z", f)).toBe(when);
    expect(formatDay("2026-03-14T00:00:00.000Z", f)).toBe(day);
    expect(formatMonth("2026-11", f)).toBe(month);
    expect(formatNumber(1100, f)).toBe(number);
  });

  it("reads a publication day in UTC, so New York does not see the day before", () => {
    expect(formatDay("2026-03-14T00:00:00.000Z", us)).toBe("Mar 14, 2026");
  });

  it("leaves a month it cannot read as it is", () => {
    expect(formatMonth("unknown", gb)).toBe("unknown");
  });
});
