"use client";

import type { Ref } from "react";
import { Alert } from "@/components/ui/alert";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import type { TArticleForReview } from "@/lib/articles/get-article-for-review";
import { GROUND_RULE_LABELS, HAND_LABELS, IDENTIFICATION_LABELS, PROVIDED_DOCUMENTS_FLAG, SOURCING_LABELS } from "@/lib/claims/labels";
import { SOURCING_TYPES } from "@/lib/claims/schemas";
import { can } from "@/lib/teams/permissions";
import type { TDraft, TDraftField } from "./claim-draft";

type TProps = {
  draft: TDraft;
  fieldErrors: Record<string, string>;
  ratings: TArticleForReview["ratings"];
  members: TArticleForReview["members"];
  focusRef?: Ref<HTMLSelectElement>;
  onChange: (field: TDraftField, value: string) => void;
};

const options = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as Array<[K, string]>).map(([v, l]) => (
    <option key={v} value={v}>{l}</option>
  ));

const id = (f: TDraftField) => `claim-${f}`;

// The claim's sourcing, verdict and assignment fields. The ids are stable: the E shortcut
// and the tests reach the sourcing type by its id.
export function ClaimFields({ draft, fieldErrors, ratings, members, focusRef, onChange }: TProps) {
  return (
    <>
      <Field label="Sourcing type" htmlFor={id("sourcingType")} error={fieldErrors["patch.sourcingType"]}>
        <Select ref={focusRef} id={id("sourcingType")} value={draft.sourcingType} onChange={(e) => onChange("sourcingType", e.target.value)}>
          <option value="">Not tagged</option>
          {SOURCING_TYPES.map((t) => (
            <option key={t} value={t}>{SOURCING_LABELS[t]}</option>
          ))}
        </Select>
      </Field>
      {draft.sourcingType === "provided_documents" ? <Alert tone="error" title="⚑ Writer-addressed sourcing">{PROVIDED_DOCUMENTS_FLAG}</Alert> : null}
      <div className="grid grid-cols-2 gap-2">
        <Field label="Source (who)" htmlFor={id("sourcePhrase")}>
          <Input id={id("sourcePhrase")} value={draft.sourcePhrase} onChange={(e) => onChange("sourcePhrase", e.target.value)} />
        </Field>
        <Field label="Cue" htmlFor={id("cue")}>
          <Input id={id("cue")} value={draft.cue} placeholder="said, according to…" onChange={(e) => onChange("cue", e.target.value)} />
        </Field>
        <Field label="Identification" htmlFor={id("identification")}>
          <Select id={id("identification")} value={draft.identification} onChange={(e) => onChange("identification", e.target.value)}>
            <option value="">—</option>
            {options(IDENTIFICATION_LABELS)}
          </Select>
        </Field>
        <Field label="Ground rules" htmlFor={id("groundRules")}>
          <Select id={id("groundRules")} value={draft.groundRules} onChange={(e) => onChange("groundRules", e.target.value)}>
            <option value="">—</option>
            {options(GROUND_RULE_LABELS)}
          </Select>
        </Field>
        <Field label="First- or second-hand" htmlFor={id("hand")}>
          <Select id={id("hand")} value={draft.hand} onChange={(e) => onChange("hand", e.target.value)}>
            <option value="">—</option>
            {options(HAND_LABELS)}
          </Select>
        </Field>
        <Field label="Independent sources" htmlFor={id("sourceCount")} error={fieldErrors["patch.sourceCount"]}>
          <Input id={id("sourceCount")} type="number" min={0} max={99} value={draft.sourceCount} onChange={(e) => onChange("sourceCount", e.target.value)} />
        </Field>
      </div>
      {draft.sourcingType === "anonymous" ? (
        <Field label="Why was anonymity granted?" htmlFor={id("anonymityReason")} hint={draft.anonymityReason ? undefined : "Required for anonymous sources: the dashboard flags anonymous claims with no reason."}>
          <Textarea id={id("anonymityReason")} rows={2} value={draft.anonymityReason} onChange={(e) => onChange("anonymityReason", e.target.value)} />
        </Field>
      ) : null}
      <div className="grid grid-cols-2 gap-2">
        <Field label="Verdict" htmlFor={id("ratingId")}>
          <Select id={id("ratingId")} value={draft.ratingId} onChange={(e) => onChange("ratingId", e.target.value)}>
            <option value="">No verdict yet</option>
            {ratings.map((r) => (
              <option key={r.id} value={r.id}>{r.value === null ? r.label : `${r.label} (${r.value})`}</option>
            ))}
          </Select>
        </Field>
        <Field label="Assigned to" htmlFor={id("assigneeId")}>
          <Select id={id("assigneeId")} value={draft.assigneeId} onChange={(e) => onChange("assigneeId", e.target.value)}>
            <option value="">Nobody</option>
            {members.filter((m) => can(m.role, "claim.edit")).map((m) => (
              <option key={m.id} value={m.id}>{m.name}</option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label="Rationale" htmlFor={id("rationale")}>
        <Textarea id={id("rationale")} rows={3} value={draft.rationale} onChange={(e) => onChange("rationale", e.target.value)} />
      </Field>
    </>
  );
}
