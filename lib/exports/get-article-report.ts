import "server-only";
import type { TSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { toPublication, type TPublication } from "@/lib/public/publication";
import { can } from "@/lib/teams/permissions";
import { loadReport, openReport } from "./get-report";
import type { TExportFlagOptions } from "./red-flags";
import type { TReport } from "./report-types";

export type TArticleReportPage = { report: TReport; flags: TExportFlagOptions; publication: TPublication | null; canPublish: boolean };

/** The report page: the report with the team's red-flag settings judged at its generatedAt
 * (as the exports judge them), and its public page's state for those who may publish it. */
export async function getArticleReportPage(session: TSession | null, articleId: string): Promise<TArticleReportPage> {
  const header = await openReport(session, { articleId });
  const [report, row] = await Promise.all([
    loadReport(header),
    db.article.findFirst({ where: { id: articleId, teamId: header.actor.teamId }, select: { publicSlug: true, publicSince: true, publicNoindex: true } }),
  ]);
  return {
    report,
    flags: { ...header.flagOptions, now: header.generatedAt },
    publication: row ? toPublication(row) : null,
    canPublish: can(header.actor.role, "article.publish"),
  };
}
