// The attribution assistant in the workbench: the analyser's sentence-level
// suggestions for the article's current version, minus sentences already claimed and
// suggestions a reviewer rejected for this version (those never come back).
import "server-only";
import type { analyse, TSpeaker } from "@/lib/attribution";
import { consumeRateLimit } from "@/lib/limits/rate-limit";
import { runCpuTask } from "@/lib/workers/run-cpu-task";
import type { TSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { requireMember } from "@/lib/teams/require-member";
import type { TSourcingType } from "./schemas";

export type TSpanText = { text: string; start: number; end: number };
// speaker: who the sentence's source is (as first named in the article), whether named,
// and the channel it came through; it pre-fills the claim when the suggestion is accepted.
export type TSuggestion = {
  start: number; end: number; type: TSourcingType; cue: TSpanText | null; source: TSpanText | null; flags: string[]; carriedOver: boolean;
  speaker: TSpeaker | null;
};

export async function getSuggestions(session: TSession | null, articleId: string): Promise<{ versionId: string; suggestions: TSuggestion[] }> {
  const actor = await requireMember(session, "article.suggest");
  await consumeRateLimit(actor.userId, "suggest");
  const article = await db.article.findFirst({ where: { id: articleId, teamId: actor.teamId }, select: { id: true, currentVersion: true } });
  if (!article) throw notFound("That article");
  const version = await db.articleVersion.findUniqueOrThrow({
    where: { articleId_number: { articleId: article.id, number: article.currentVersion } },
    select: { id: true, text: true },
  });
  const [claims, rejected] = await Promise.all([
    db.claim.findMany({ where: { articleId: article.id, teamId: actor.teamId, anchorStatus: "anchored" }, select: { start: true, end: true } }),
    db.suggestionDecision.findMany({ where: { versionId: version.id, teamId: actor.teamId, decision: "rejected" }, select: { start: true, end: true } }),
  ]);
  const taken = new Set([...claims, ...rejected].map((s) => `${s.start}:${s.end}`));
  // The analyser runs in a worker thread with a time and memory limit (lib/workers).
  const analysed = await runCpuTask<ReturnType<typeof analyse>>({ task: "analyse", text: version.text });
  const suggestions = analysed
    .sentences.filter((s) => s.type !== "none" && !taken.has(`${s.start}:${s.end}`))
    .map((s) => ({ start: s.start, end: s.end, type: s.type as TSourcingType, cue: s.cue, source: s.source, flags: s.flags, carriedOver: s.carriedOver, speaker: s.speaker }));
  return { versionId: version.id, suggestions };
}

export async function rejectSuggestion(session: TSession | null, input: { versionId: string; start: number; end: number }): Promise<void> {
  const actor = await requireMember(session, "article.suggest");
  const version = await db.articleVersion.findFirst({ where: { id: input.versionId, teamId: actor.teamId }, select: { id: true } });
  if (!version) throw notFound("That article version");
  await db.suggestionDecision.upsert({
    where: { versionId_start_end: { versionId: version.id, start: input.start, end: input.end } },
    update: { decision: "rejected" },
    create: { teamId: actor.teamId, versionId: version.id, start: input.start, end: input.end, decision: "rejected" },
  });
}
