"use client";

// The assistant: suggestions come from the server-side analyser; accepting one makes a
// claim with the sourcing filled in, rejecting one records it so it does not come back.
import { useCallback, useRef, useState, type TransitionStartFunction } from "react";
import { createClaimAction, getSuggestionsAction, rejectSuggestionAction } from "@/lib/claims/actions";
import type { TClaimView } from "@/lib/claims/claim-dto";
import type { TSuggestion } from "@/lib/claims/suggestions";
import { claimFieldsFromSuggestion, findSuggestion, ofType, withoutSuggestion } from "@/lib/review/suggestion-queue";
import { newIdempotencyKey } from "@/lib/review/idempotency-key";
import type { TNotify } from "./use-notice";

type TQueue = { list: TSuggestion[] | null; current: TSuggestion | null };
type TDeps = { articleId: string; versionId: string; start: TransitionStartFunction; apply: (c: TClaimView) => void; notify: TNotify };

const CLOSED: TQueue = { list: null, current: null };

export function useSuggestions({ articleId, versionId, start, apply, notify }: TDeps) {
  const [queue, setQueue] = useState<TQueue>(CLOSED);

  const load = useCallback(() => {
    start(async () => {
      const r = await getSuggestionsAction({ articleId });
      if (!r.ok) return notify("error", r.error.message);
      setQueue({ list: r.data.suggestions, current: r.data.suggestions[0] ?? null });
    });
  }, [articleId, notify, start]);

  const done = useCallback((sg: TSuggestion) => setQueue((q) => withoutSuggestion(q.list, sg)), []);

  const acceptOne = useCallback(
    async (sg: TSuggestion) => {
      const r = await createClaimAction({
        articleId, versionId, start: sg.start, end: sg.end, idempotencyKey: newIdempotencyKey(), ...claimFieldsFromSuggestion(sg),
      });
      if (!r.ok && r.error.code === "CONFLICT") {
        // A live claim already covers this sentence: the suggestion has nothing to add.
        done(sg);
        notify("warning", r.error.message);
        return true;
      }
      if (!r.ok) {
        notify("error", r.error.message);
        return false;
      }
      apply(r.data);
      done(sg);
      return true;
    },
    [apply, articleId, done, notify, versionId],
  );

  // Keyboard review is fast: a key pressed while the previous suggestion is still being
  // saved waits for it instead of being dropped.
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const enqueue = useCallback((work: () => Promise<void>) => {
    chain.current = chain.current.then(work, work);
  }, []);

  const accept = useCallback(
    (sg: TSuggestion) =>
      enqueue(async () => {
        await acceptOne(sg);
      }),
    [acceptOne, enqueue],
  );

  const reject = useCallback(
    (sg: TSuggestion) =>
      enqueue(async () => {
        const r = await rejectSuggestionAction({ versionId, start: sg.start, end: sg.end });
        if (!r.ok) return notify("error", r.error.message);
        done(sg);
      }),
    [done, enqueue, notify, versionId],
  );

  // Stops at the first failure, so one error is shown instead of one per suggestion.
  const acceptAllOfType = useCallback(
    (type: TSuggestion["type"]) =>
      start(async () => {
        for (const sg of ofType(queue.list, type)) if (!(await acceptOne(sg))) break;
      }),
    [acceptOne, queue.list, start],
  );

  const show = useCallback((id: string) => setQueue((q) => ({ ...q, current: findSuggestion(q.list, id) })), []);
  const setCurrent = useCallback((sg: TSuggestion) => setQueue((q) => ({ ...q, current: sg })), []);
  const close = useCallback(() => setQueue(CLOSED), []);

  return { list: queue.list, current: queue.current, load, accept, reject, acceptAllOfType, show, setCurrent, close };
}
