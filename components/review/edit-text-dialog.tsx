"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Textarea } from "@/components/ui/field";
import { editArticleTextAction } from "@/lib/articles/actions";
import type { TEditResult } from "@/lib/articles/edit-article-text";

export function EditTextDialog({ articleId, text, version, onDone }: { articleId: string; text: string; version: number; onDone: (r: TEditResult) => void }) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(text);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  return (
    <>
      <Button variant="secondary" onClick={() => { setDraft(text); setError(null); setOpen(true); }}>Edit text</Button>
      <Dialog open={open} onOpenChange={setOpen} title="Edit the article text" description="Saving makes a new version. Claims move with their text; a claim whose text is gone is listed as orphaned for you to re-attach.">
        {error ? <Alert tone="error">{error}</Alert> : null}
        <Textarea aria-label="Article text" rows={18} value={draft} onChange={(e) => setDraft(e.target.value)} className="mt-2 font-serif" />
        <div className="mt-3 flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>Cancel</Button>
          <Button
            disabled={pending || draft === text}
            onClick={() =>
              start(async () => {
                const r = await editArticleTextAction({ articleId, text: draft, baseVersion: version });
                if (!r.ok) return setError(r.error.message);
                setOpen(false);
                onDone(r.data);
              })
            }
          >
            {pending ? "Saving…" : "Save new version"}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
