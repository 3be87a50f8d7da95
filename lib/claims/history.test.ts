import { describe, expect, it } from "vitest";
import { describeEvent, type THistoryNames } from "./history";

const names: THistoryNames = {
  ratings: new Map([
    ["r5", { label: "Accurate", value: 5 }],
    ["rx", { label: "Unverifiable", value: null }],
  ]),
  members: new Map([["u1", "Ana Reviewer"]]),
};

describe("describeEvent", () => {
  it.each([
    [{ action: "claim.updated", field: "ratingId", old: null, new: "r5" }, "Verdict: — → Accurate (5)"],
    [{ action: "claim.updated", field: "ratingId", old: "r5", new: "rx" }, "Verdict: Accurate (5) → Unverifiable"],
    [{ action: "claim.updated", field: "ratingId", old: "gone", new: null }, "Verdict: a verdict no longer on the team's scale → —"],
    [{ action: "claim.updated", field: "sourcingType", old: "anonymous", new: "official" }, "Sourcing: Anonymous → Official"],
    [{ action: "claim.created", field: "sourcingType", old: null, new: "provided_documents" }, "Sourcing: — → Documents you provided"],
    [{ action: "claim.updated", field: "status", old: "open", new: "in_review" }, "Status: Open → In review"],
    [{ action: "claim.updated", field: "groundRules", old: null, new: "deep_background" }, "Ground rules: — → Deep background"],
    [{ action: "claim.updated", field: "assigneeId", old: null, new: "u1" }, "Assigned to: nobody → Ana Reviewer"],
    [{ action: "claim.updated", field: "sourceCount", old: 1, new: 3 }, "Independent sources: 1 → 3"],
    [{ action: "claim.updated", field: "anonymityReason", old: null, new: "Fear of\\nreprisal" }, "Reason for anonymity: — → “Fear of\\nreprisal”"],
    [{ action: "claim.updated", field: "approvedBy", old: "u1", new: null }, "Approval withdrawn: the claim changed after it was approved"],
    [{ action: "claim.created", field: "exact", old: null, new: "The port will be sold." }, "Claim made on “The port will be sold.”"],
    [{ action: "claim.approved", field: "status", old: "decided", new: "approved" }, "Verdict approved"],
    [{ action: "claim.withdrawn", field: "withdrawn", old: null, new: { reason: "Marked by mistake" } }, "Withdrawn: “Marked by mistake”"],
    [{ action: "claim.withdrawn", field: "withdrawn", old: null, new: { reason: null } }, "Withdrawn"],
    [{ action: "claim.restored", field: "withdrawn", old: { reason: "x" }, new: null }, "Restored to the record"],
    [{ action: "claim.orphaned", field: "anchor", old: {}, new: { version: 3 } }, "Text gone in version 3: needs re-attaching"],
    [{ action: "claim.reattached", field: "anchor", old: {}, new: { exact: "New words." } }, "Re-attached to “New words.”"],
    [{ action: "evidence.added", field: "evidence", old: null, new: { url: "https://www.gov.example/doc?id=1", note: "" } }, "Evidence added: www.gov.example"],
    [{ action: "evidence.added", field: "evidence", old: null, new: { url: "https://x.example", note: "Ministry statement" } }, "Evidence added: “Ministry statement”"],
    [{ action: "evidence.removed", field: "evidence", old: { url: "https://x.example/a", note: "" }, new: null }, "Evidence removed: x.example"],
    [{ action: "comment.added", field: "comment", old: null, new: "hi" }, "Comment added"],
  ])("%j", (event, expected) => {
    expect(describeEvent({ ...event, new: typeof event.new === "string" ? event.new.replace("\\n", "\n") : event.new }, names)).toBe(expected.replace("\\n", " "));
  });

  it("never shows an id or JSON for a field it knows", () => {
    const text = describeEvent({ action: "claim.updated", field: "ratingId", old: "3f0c…", new: "r5" }, names);
    expect(text).not.toMatch(/[{}]|3f0c/);
  });
});

