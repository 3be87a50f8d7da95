import "server-only";
import type { TSession } from "@/lib/auth";
import { loadReport, openReport } from "./get-report";
import type { TExportFlagOptions } from "./red-flags";
import type { TReport } from "./report-types";

/** One article's report, with the team's red-flag settings judged at its generatedAt, as the exports judge them. */
export async function getArticleReport(session: TSession | null, articleId: string): Promise<{ report: TReport; flags: TExportFlagOptions }> {
  const header = await openReport(session, { articleId });
  return { report: await loadReport(header), flags: { ...header.flagOptions, now: header.generatedAt } };
}
