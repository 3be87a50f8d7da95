import { z } from "zod";
import { EXPORT_FORMATS } from "./export-formats";

export const ZExportFormat = z.enum(EXPORT_FORMATS, { message: "Unknown export format: use csv, json, md, claimreview or pdf." });
