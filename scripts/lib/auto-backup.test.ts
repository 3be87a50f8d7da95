import { describe, expect, it } from "vitest";
import { backupsToPrune } from "./auto-backup";

describe("backupsToPrune", () => {
  it("keeps the newest automatic backups and never touches others", () => {
    const files = ["auto-2026-11-01T00-00-00-000Z.sbbackup.gz", "auto-2026-11-03T00-00-00-000Z.sbbackup.gz", "auto-2026-11-02T00-00-00-000Z.sbbackup.gz", "manual.sbbackup.gz", "auto-notes.txt"];
    expect(backupsToPrune(files, 2)).toEqual(["auto-2026-11-01T00-00-00-000Z.sbbackup.gz"]);
    expect(backupsToPrune(files, 5)).toEqual([]);
    expect(backupsToPrune(files, 0)).toHaveLength(3);
  });
});
