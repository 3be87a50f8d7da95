import Link from "next/link";
import { filterToSearchParams, type TDashboardFilter } from "@/lib/reviews/schemas";
import { count } from "@/lib/count";

export function Pagination({ filter, page, pageCount, total }: { filter: TDashboardFilter; page: number; pageCount: number; total: number }) {
  const href = (p: number) => {
    const qs = filterToSearchParams({ ...filter, page: p }).toString();
    return `/${qs ? `?${qs}` : ""}`;
  };
  return (
    <nav aria-label="Pages" className="flex items-center justify-between text-sm">
      <span>{count(total, "article")} · page {page} of {pageCount}</span>
      <span className="flex gap-3">
        {page > 1 ? <Link href={href(page - 1)} className="text-blue-700 underline">Previous</Link> : null}
        {page < pageCount ? <Link href={href(page + 1)} className="text-blue-700 underline">Next</Link> : null}
      </span>
    </nav>
  );
}
