"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { LocalDate } from "@/components/ui/format-provider";
import { reimportArticleAction } from "@/lib/articles/actions";
import type { TEditResult } from "@/lib/articles/edit-article-text";
import type { TCaptureInfo } from "@/lib/articles/import-url";

// Where a URL import's text came from: "Captured <date> from <host>", the page as it
// was fetched for download, and (for those who may edit) a new version from the same
// address, whose claims re-anchor as for any edit.
export function CaptureLine({ articleId, version, capture, canEdit, onReimported }: { articleId: string; version: number; capture: TCaptureInfo; canEdit: boolean; onReimported: (r: TEditResult) => void }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <p className="mt-1 flex flex-wrap items-center gap-x-2 text-xs text-slate-600" data-testid="capture-line">
      <span>
        Captured <LocalDate iso={capture.fetchedAt} kind="when" /> from <span className="font-medium">{capture.host}</span>
      </span>
      <a className="text-blue-800 underline" href={`/api/articles/${articleId}/captures/${capture.id}`} download>
        Download capture
      </a>
      {canEdit ? (
        <Button
          variant="ghost"
          disabled={pending}
          onClick={() =>
            start(async () => {
              setError(null);
              const r = await reimportArticleAction({ articleId, baseVersion: version });
              if (r.ok) onReimported(r.data);
              else setError(r.error.message);
            })
          }
        >
          {pending ? "Re-importing…" : "Re-import from the page"}
        </Button>
      ) : null}
      {error ? <span role="alert" className="text-red-700">{error}</span> : null}
    </p>
  );
}
