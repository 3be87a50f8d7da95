export const EXPORT_FORMATS = ["csv", "json", "md", "claimreview", "pdf"] as const;
export type TExportFormat = (typeof EXPORT_FORMATS)[number];
