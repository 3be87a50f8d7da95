import Link from "next/link";
import { REPORT_PAGE_SIZE } from "@/lib/exports/schemas";

// Long reports are read a page of claims at a time; the PDF holds them all.
export function ReportPager({ articleId, current, pages, total, where }: { articleId: string; current: number; pages: number; total: number; where: "top" | "bottom" }) {
  const first = (current - 1) * REPORT_PAGE_SIZE + 1;
  const last = Math.min(current * REPORT_PAGE_SIZE, total);
  const href = (p: number) => `/articles/${articleId}/report?page=${p}`;
  return (
    <nav aria-label={where === "top" ? "Report pages" : "Report pages, end"} className="flex flex-wrap items-center gap-3 text-sm">
      <span data-testid={`report-range-${where}`}>Claims {first.toLocaleString("en")}–{last.toLocaleString("en")} of {total.toLocaleString("en")}</span>
      {current > 1 ? <Link className="text-blue-700 underline" href={href(current - 1)} rel="prev">Previous claims</Link> : null}
      {current < pages ? <Link className="text-blue-700 underline" href={href(current + 1)} rel="next">Next claims</Link> : null}
      <span className="text-slate-600 print:hidden">The PDF export holds every claim.</span>
    </nav>
  );
}
