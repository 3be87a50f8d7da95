import { EXPORT_FORMAT_INFO, exportFormatsFor } from "@/lib/exports/export-formats";

// Downloads for the current filter. Plain links: the browser handles the download,
// and the route checks the session and team itself.
export function ExportMenu({ query }: { query: string }) {
  return (
    <details className="relative text-sm">
      <summary className="cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-1.5">Export</summary>
      <ul className="absolute right-0 z-10 mt-1 w-44 rounded-md border border-slate-200 bg-white p-1 shadow-lg">
        {exportFormatsFor("dashboard").map((fmt) => (
          <li key={fmt}>
            <a className="block rounded px-2 py-1 hover:bg-slate-100" href={`/api/exports/${fmt}${query ? `?${query}` : ""}`} title={EXPORT_FORMAT_INFO[fmt].describe}>
              {EXPORT_FORMAT_INFO[fmt].label}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
