// The export registry: every format once, with what the menus, the routes, the job
// runner and the docs need to know of it. Its renderer is keyed by the same format in
// `render.ts` (a Record, so a format without one does not compile); this module stays
// free of server code so the report page and the dashboard menu read it too.
export type TExportScope = "article" | "dashboard";

type TExportFormatInfo = {
  label: string;
  // The file name's extension, after "sourcebench-<label>-<date>."
  ext: string;
  contentType: string;
  scopes: readonly TExportScope[];
  // One line for the docs and the menu's tooltip.
  describe: string;
};

export const EXPORT_FORMAT_INFO = {
  csv: { label: "CSV", ext: "csv", contentType: "text/csv; charset=utf-8", scopes: ["article", "dashboard"], describe: "one row per claim, for spreadsheets" },
  json: { label: "JSON", ext: "json", contentType: "application/json; charset=utf-8", scopes: ["article", "dashboard"], describe: "the whole report, documented in lib/exports/README.md" },
  md: { label: "Markdown", ext: "md", contentType: "text/markdown; charset=utf-8", scopes: ["article", "dashboard"], describe: "a readable report to paste into a CMS or a ticket" },
  claimreview: {
    label: "ClaimReview",
    ext: "claimreview.jsonld",
    contentType: "application/ld+json; charset=utf-8",
    scopes: ["article", "dashboard"],
    describe: "schema.org ClaimReview JSON-LD of approved claims, script-safe",
  },
  pdf: { label: "PDF", ext: "pdf", contentType: "application/pdf", scopes: ["article", "dashboard"], describe: "a printable report with every claim" },
  // One article's text is what its selectors point into, so only an article is offered.
  w3c: {
    label: "W3C annotations",
    ext: "annotations.jsonld",
    contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
    scopes: ["article"],
    describe: "the claims as a W3C Web Annotation collection (quote and code-point position selectors), for annotation tools; importable back",
  },
} as const satisfies Record<string, TExportFormatInfo>;

export type TExportFormat = keyof typeof EXPORT_FORMAT_INFO;
export const EXPORT_FORMATS = Object.keys(EXPORT_FORMAT_INFO) as [TExportFormat, ...TExportFormat[]];

export const exportFormatsFor = (scope: TExportScope) => EXPORT_FORMATS.filter((f) => (EXPORT_FORMAT_INFO[f].scopes as readonly TExportScope[]).includes(scope));
