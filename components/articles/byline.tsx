import { LocalDate } from "@/components/ui/format-provider";

type TProps = { outlet: string | null; author: string | null; publishedAt: string | null; version?: number };

// "Outlet · Author · 14 Mar 2026 · version 2": the same line on the review page and the report.
export function Byline({ outlet, author, publishedAt, version }: TProps) {
  const parts = [outlet, author].filter(Boolean).join(" · ");
  return (
    <>
      {parts}
      {publishedAt ? <>{parts ? " · " : ""}<LocalDate iso={publishedAt} /></> : null}
      {version !== undefined ? <>{parts || publishedAt ? " · " : ""}version {version}</> : null}
    </>
  );
}
