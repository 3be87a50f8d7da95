import { z } from "zod";
import { EXPORT_FORMATS } from "./export-formats";

export const ZExportFormat = z.enum(EXPORT_FORMATS, { message: `Unknown export format: use ${EXPORT_FORMATS.join(", ")}.` });

// The report page shows its claims a page at a time: a report of thousands of claims in
// one HTML page is megabytes. A page number that is not a positive whole number reads as the first.
export const REPORT_PAGE_SIZE = 200;
export const ZReportPage = z.coerce.number().int().min(1).max(100_000).catch(1);
