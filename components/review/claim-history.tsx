import type { TClaimDetail } from "@/lib/claims/get-claim-detail";

export function ClaimHistory({ history }: { history: TClaimDetail["history"] | undefined }) {
  return (
    <section aria-labelledby="history-h">
      <h3 id="history-h" className="font-semibold">History</h3>
      <ol className="mt-1 space-y-0.5 text-xs" data-testid="claim-history">
        {history?.map((h) => (
          <li key={h.id}>
            <span className="font-medium">{h.text}</span> <span className="text-slate-600">· {h.by} · <time dateTime={h.at}>{h.when}</time></span>
          </li>
        ))}
      </ol>
    </section>
  );
}
