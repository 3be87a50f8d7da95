import { describe, expect, it } from "vitest";
import { EXPORT_FORMAT_INFO, EXPORT_FORMATS, exportFormatsFor } from "./export-formats";
import { ZExportFormat } from "./schemas";

describe("the export registry", () => {
  it("gives every format a label, an extension, a content type and at least one scope", () => {
    for (const f of EXPORT_FORMATS) {
      const info = EXPORT_FORMAT_INFO[f];
      expect(info.label, f).not.toBe("");
      expect(info.ext, f).toMatch(/^[a-z.]+$/);
      expect(info.contentType, f).toMatch(/^[a-z]+\/[a-z+.-]+/);
      expect(info.scopes.length, f).toBeGreaterThan(0);
    }
    expect(exportFormatsFor("article")).toEqual(EXPORT_FORMATS);
  });

  it("refuses a format it does not list, naming the ones it does", () => {
    const r = ZExportFormat.safeParse("docx");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("Unknown export format: use csv, json, md, claimreview, pdf, w3c.");
  });
});
