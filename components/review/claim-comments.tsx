"use client";

import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { addCommentAction } from "@/lib/claims/actions";
import type { TClaimView } from "@/lib/claims/claim-dto";
import type { useClaimDetail } from "./hooks/use-claim-detail";

type TProps = { claim: TClaimView; canEdit: boolean; extras: ReturnType<typeof useClaimDetail> };

export function ClaimComments({ claim, canEdit, extras }: TProps) {
  const { detail, pending, fieldErrors, saved } = extras;
  return (
    <section aria-labelledby="comments-h">
      <h3 id="comments-h" className="font-semibold">Comments</h3>
      {detail?.earlierComments ? (
        <Button type="button" variant="ghost" disabled={pending} onClick={extras.showEarlierComments}>
          Show earlier comments
        </Button>
      ) : null}
      <ul className="mt-1 space-y-1">
        {detail?.comments.map((c) => (
          <li key={c.id}>
            <span className="font-medium">{c.author}</span> <time dateTime={c.createdAt} className="text-xs text-slate-500">{c.when}</time>
            <p className="whitespace-pre-wrap">{c.body}</p>
          </li>
        ))}
      </ul>
      {canEdit ? (
        <form className="mt-2 grid gap-2" onSubmit={(e) => extras.submit(e, "comment", (f) => addCommentAction({ claimId: claim.id, body: f.get("body") }))} noValidate>
          <Field label="Comment" htmlFor="comment-body" error={fieldErrors.comment?.body}>
            <Textarea id="comment-body" name="body" rows={2} aria-invalid={Boolean(fieldErrors.comment?.body)} />
          </Field>
          <span className="flex items-center gap-2">
            <Button type="submit" variant="secondary" disabled={pending}>Add comment</Button>
            <span role="status" className="text-sm font-medium text-emerald-800">{saved === "comment" ? "Saved" : ""}</span>
          </span>
        </form>
      ) : null}
    </section>
  );
}
