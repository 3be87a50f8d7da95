// The authorization matrix: every server action and route handler, discovered from
// the source so a new one cannot be forgotten, called signed out, as each role of
// team A, and as an admin of team B (foreign), against team A's data. The observed
// outcome of each cell must equal the table below. Foreign ids are always NOT_FOUND.
// Only the session lookup (cookie → user) and Next's request-scoped helpers are
// replaced; every call runs the real data functions against real PostgreSQL.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { TSession } from "@/lib/auth";
import { gzipSync } from "node:zlib";
import { db } from "@/lib/db";
import { startServer } from "../support/page-server";
import { makeCell, type TCell } from "./fixtures";

// URL imports fetch a page: one served here, reachable through the test-only allow-list
// (read by lib/env.ts on first use, after this line).
const pages = await startServer();
pages.routes.set("/story", (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("<article><p>The minister said the plan works. Critics said it fails.</p></article>"));
process.env.URL_IMPORT_TEST_ALLOW = `127.0.0.1:${pages.port}`;
afterAll(() => pages.close());

let currentSession: TSession | null = null;
vi.mock("@/lib/auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getSession: async () => currentSession }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }), headers: async () => new Headers() }));
// Large exports are queued on pg-boss; the matrix only exercises the direct path.
vi.mock("@/lib/jobs/boss", () => ({ EXPORT_QUEUE: "export", boss: async () => ({ send: async () => "job" }) }));

type TWho = "signed_out" | "viewer" | "reviewer" | "editor" | "admin" | "foreign_admin";
const WHO: TWho[] = ["signed_out", "viewer", "reviewer", "editor", "admin", "foreign_admin"];
type TOutcome = "OK" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";

const session = (c: TCell, who: TWho): TSession | null =>
  who === "signed_out" ? null : who === "foreign_admin" ? c.b.users.admin.session : c.a.users[who].session;

// Outcome per caller: [signed_out, viewer, reviewer, editor, admin, foreign_admin]
const row = (...o: TOutcome[]) => Object.fromEntries(WHO.map((w, i) => [w, o[i]!])) as Record<TWho, TOutcome>;
const U = "UNAUTHENTICATED", F = "FORBIDDEN", N = "NOT_FOUND", O = "OK";
const MEMBERS = row(U, O, O, O, O, N);
const REVIEWERS = row(U, F, O, O, O, N);
const EDITORS = row(U, F, F, O, O, N);
const ADMINS_OWN_TEAM = row(U, F, F, F, O, O);
const REVIEWERS_OWN_TEAM = row(U, F, O, O, O, O);

type TCase = { expect: Record<TWho, TOutcome>; call: (c: TCell) => Promise<TOutcome> };

async function actionOutcome(p: Promise<{ ok: boolean; error?: { code: string } }>): Promise<TOutcome> {
  const r = await p;
  return r.ok ? "OK" : (r.error!.code as TOutcome);
}
async function routeOutcome(res: Response, c: TCell): Promise<TOutcome> {
  const body = await res.text();
  // Whatever the status, team A's secret must never reach team B or the signed-out.
  if (res.ok && body.includes(c.secretTitle) && currentSession?.teamId !== c.a.teamId) return "FORBIDDEN";
  return ({ 200: "OK", 201: "OK", 401: "UNAUTHENTICATED", 403: "FORBIDDEN", 404: "NOT_FOUND" } as Record<number, TOutcome>)[res.status] ?? (`HTTP ${res.status}` as TOutcome);
}

const teams = () => import("@/lib/teams/actions");
const claims = () => import("@/lib/claims/actions");
const articles = () => import("@/lib/articles/actions");
const publicPages = () => import("@/lib/public/actions");
const params = <T,>(p: T) => ({ params: Promise.resolve(p) });

const ACTIONS: Record<string, TCase> = {
  "lib/teams/actions.ts#switchTeamAction": { expect: MEMBERS, call: async (c) => actionOutcome((await teams()).switchTeamAction({ teamId: c.a.teamId })) },
  "lib/teams/actions.ts#createInviteAction": { expect: ADMINS_OWN_TEAM, call: async () => actionOutcome((await teams()).createInviteAction({ email: "x@test.sourcebench.test", role: "viewer" })) },
  "lib/teams/actions.ts#setMemberRoleAction": { expect: row(U, F, F, F, O, N), call: async (c) => actionOutcome((await teams()).setMemberRoleAction({ membershipId: c.viewerMembershipId, role: "reviewer" })) },
  "lib/teams/actions.ts#revokeInviteAction": { expect: row(U, F, F, F, O, N), call: async (c) => actionOutcome((await teams()).revokeInviteAction({ inviteId: c.inviteId })) },
  "lib/teams/actions.ts#removeMemberAction": { expect: row(U, F, F, F, O, N), call: async (c) => actionOutcome((await teams()).removeMemberAction({ membershipId: c.viewerMembershipId })) },
  // The link is addressed to someone else: nobody signed in as another address may use it.
  "lib/teams/actions.ts#acceptInviteAction": { expect: row(U, F, F, F, F, F), call: async (c) => actionOutcome((await teams()).acceptInviteAction({ token: c.inviteToken })) },
  // Creating an account from a link needs no session: the link is the credential.
  "lib/teams/actions.ts#acceptInviteNewUserAction": { expect: row(O, O, O, O, O, O), call: async (c) => actionOutcome((await teams()).acceptInviteNewUserAction({ token: c.inviteToken, name: "New", password: "a-long-enough-passphrase" })) },
  "lib/teams/actions.ts#createTeamAction": { expect: row(U, O, O, O, O, O), call: async () => actionOutcome((await teams()).createTeamAction({ name: "Another desk" })) },
  "lib/teams/actions.ts#updateTeamSettingsAction": { expect: ADMINS_OWN_TEAM, call: async () => actionOutcome((await teams()).updateTeamSettingsAction({ anonymousShareThreshold: 40, approvalStaleHours: 24 })) },
  "lib/claims/actions.ts#createClaimAction": { expect: REVIEWERS, call: async (c) => actionOutcome((await claims()).createClaimAction({ articleId: c.articleId, versionId: c.versionId, start: 34, end: 56, idempotencyKey: `m${Math.random().toString(36).slice(2)}` })) },
  "lib/claims/actions.ts#updateClaimAction": { expect: REVIEWERS, call: async (c) => actionOutcome((await claims()).updateClaimAction({ claimId: c.claimId, baseVersion: c.claimVersion, patch: { rationale: "checked" } })) },
  "lib/claims/actions.ts#approveClaimAction": { expect: EDITORS, call: async (c) => actionOutcome((await claims()).approveClaimAction({ claimId: c.claimId, baseVersion: c.claimVersion })) },
  "lib/claims/actions.ts#reattachClaimAction": { expect: REVIEWERS, call: async (c) => actionOutcome((await claims()).reattachClaimAction({ claimId: c.claimId, baseVersion: c.claimVersion, start: 34, end: 56 })) },
  // The claim is team A's reviewer's own, so reviewers may withdraw it (lib/teams/permissions.ts).
  "lib/claims/actions.ts#withdrawClaimAction": { expect: REVIEWERS, call: async (c) => actionOutcome((await claims()).withdrawClaimAction({ claimId: c.claimId, baseVersion: c.claimVersion, reason: "wrong span" })) },
  "lib/claims/actions.ts#restoreClaimAction": { expect: REVIEWERS, call: async (c) => actionOutcome((await claims()).restoreClaimAction({ claimId: c.withdrawnClaimId, baseVersion: c.withdrawnClaimVersion })) },
  "lib/claims/actions.ts#deleteClaimAction": { expect: row(U, F, F, F, O, N), call: async (c) => actionOutcome((await claims()).deleteClaimAction({ claimId: c.withdrawnClaimId })) },
  "lib/claims/actions.ts#addEvidenceAction": { expect: REVIEWERS, call: async (c) => actionOutcome((await claims()).addEvidenceAction({ claimId: c.claimId, url: "https://example.org/x" })) },
  "lib/claims/actions.ts#removeEvidenceAction": { expect: REVIEWERS, call: async (c) => actionOutcome((await claims()).removeEvidenceAction({ evidenceId: c.evidenceId })) },
  "lib/claims/actions.ts#addCommentAction": { expect: REVIEWERS, call: async (c) => actionOutcome((await claims()).addCommentAction({ claimId: c.claimId, body: "hi" })) },
  "lib/claims/actions.ts#getClaimDetailAction": { expect: MEMBERS, call: async (c) => actionOutcome((await claims()).getClaimDetailAction({ claimId: c.claimId })) },
  "lib/claims/actions.ts#getSuggestionsAction": { expect: REVIEWERS, call: async (c) => actionOutcome((await claims()).getSuggestionsAction({ articleId: c.articleId })) },
  "lib/claims/actions.ts#rejectSuggestionAction": { expect: REVIEWERS, call: async (c) => actionOutcome((await claims()).rejectSuggestionAction({ versionId: c.versionId, start: 0, end: 33 })) },
  "lib/articles/actions.ts#createArticleAction": {
    expect: REVIEWERS_OWN_TEAM,
    call: async () => {
      const f = new FormData();
      f.set("title", "New story");
      f.set("text", "Body text.");
      return actionOutcome((await articles()).createArticleAction(f));
    },
  },
  "lib/articles/actions.ts#previewUrlImportAction": { expect: REVIEWERS_OWN_TEAM, call: async () => actionOutcome((await articles()).previewUrlImportAction({ url: `${pages.base}/story` })) },
  "lib/articles/actions.ts#reimportArticleAction": {
    expect: REVIEWERS,
    call: async (c) => {
      await db.article.update({ where: { id: c.articleId }, data: { url: `${pages.base}/story` } });
      return actionOutcome((await articles()).reimportArticleAction({ articleId: c.articleId, baseVersion: 1 }));
    },
  },
  "lib/articles/actions.ts#updateArticleRecordAction": { expect: REVIEWERS, call: async (c) => actionOutcome((await articles()).updateArticleRecordAction({ articleId: c.articleId, outlet: "Renamed outlet" })) },
  "lib/articles/actions.ts#archiveArticleAction": { expect: EDITORS, call: async (c) => actionOutcome((await articles()).archiveArticleAction({ articleId: c.articleId })) },
  "lib/articles/actions.ts#restoreArticleAction": { expect: EDITORS, call: async (c) => actionOutcome((await articles()).restoreArticleAction({ articleId: c.archivedArticleId })) },
  // The cell's claim is signed off first: a review goes public only with an approved verdict.
  "lib/public/actions.ts#publishReviewAction": {
    expect: EDITORS,
    call: async (c) => {
      await db.claim.update({ where: { id: c.claimId }, data: { status: "approved", approvedById: c.a.users.editor.id, approvedAt: new Date() } });
      return actionOutcome((await publicPages()).publishReviewAction({ articleId: c.articleId }));
    },
  },
  "lib/public/actions.ts#unpublishReviewAction": {
    expect: EDITORS,
    call: async (c) => {
      await db.article.update({ where: { id: c.articleId }, data: { publicSlug: `secret-${c.articleId.slice(0, 8)}`, publicSince: new Date() } });
      return actionOutcome((await publicPages()).unpublishReviewAction({ articleId: c.articleId }));
    },
  },
  "lib/articles/actions.ts#listReviewClaimsAction": {
    expect: MEMBERS,
    call: async (c) => actionOutcome((await articles()).listReviewClaimsAction({ articleId: c.articleId, after: { start: 0, end: 0, id: "00000000-0000-4000-8000-000000000000" } })),
  },
  "lib/articles/actions.ts#deleteArticleAction": { expect: row(U, F, F, F, O, N), call: async (c) => actionOutcome((await articles()).deleteArticleAction({ articleId: c.articleId })) },
  "lib/articles/actions.ts#editArticleTextAction": { expect: REVIEWERS, call: async (c) => actionOutcome((await articles()).editArticleTextAction({ articleId: c.articleId, text: "The minister said the plan works. Critics disagree.", baseVersion: 1 })) },
  "app/api/exports/[format]/route.ts#GET": {
    // Every member exports their own team's dashboard; the foreign admin's file must not hold team A's rows.
    expect: row(U, O, O, O, O, O),
    call: async (c) => routeOutcome(await (await import("@/app/api/exports/[format]/route")).GET(new Request("http://t/api/exports/csv"), params({ format: "csv" })), c),
  },
  "app/api/articles/[id]/export/[format]/route.ts#GET": {
    expect: MEMBERS,
    call: async (c) => routeOutcome(await (await import("@/app/api/articles/[id]/export/[format]/route")).GET(new Request("http://t/x"), params({ id: c.articleId, format: "json" })), c),
  },
  "app/api/export-jobs/[id]/route.ts#GET": {
    expect: MEMBERS,
    call: async (c) => routeOutcome(await (await import("@/app/api/export-jobs/[id]/route")).GET(new Request("http://t/x"), params({ id: c.jobId })), c),
  },
  "app/api/health/route.ts#GET": {
    expect: row(O, O, O, O, O, O),
    call: async (c) => routeOutcome(await (await import("@/app/api/health/route")).GET(), c),
  },
  "app/api/articles/route.ts#POST": {
    expect: REVIEWERS_OWN_TEAM,
    call: async (c) =>
      routeOutcome(await (await import("@/app/api/articles/route")).POST(new Request("http://t/x", { method: "POST", body: JSON.stringify({ title: "Via the API", text: "Body text." }) })), c),
  },
  "app/api/articles/import/route.ts#POST": {
    expect: REVIEWERS_OWN_TEAM,
    call: async (c) => routeOutcome(await (await import("@/app/api/articles/import/route")).POST(new Request("http://t/x", { method: "POST", body: JSON.stringify({ url: `${pages.base}/story` }) })), c),
  },
  "app/api/articles/[id]/reimport/route.ts#POST": {
    expect: REVIEWERS,
    call: async (c) => {
      await db.article.update({ where: { id: c.articleId }, data: { url: `${pages.base}/story` } });
      return routeOutcome(await (await import("@/app/api/articles/[id]/reimport/route")).POST(new Request("http://t/x", { method: "POST", body: JSON.stringify({ baseVersion: 1 }) }), params({ id: c.articleId })), c);
    },
  },
  "app/api/articles/[id]/captures/[captureId]/route.ts#GET": {
    expect: MEMBERS,
    call: async (c) => {
      const body = Buffer.from(`<title>${c.secretTitle}</title>`);
      const capture = await db.articleCapture.create({
        data: { teamId: c.a.teamId, articleId: c.articleId, requestedUrl: "https://example.org/a", finalUrl: "https://example.org/a", httpStatus: 200, contentType: "text/html", fetchedAt: new Date(), sha256: "0".repeat(64), bodyBytes: body.length, bodyGzip: gzipSync(body) },
        select: { id: true },
      });
      return routeOutcome(await (await import("@/app/api/articles/[id]/captures/[captureId]/route")).GET(new Request("http://t/x"), params({ id: c.articleId, captureId: capture.id })), c);
    },
  },
  "app/api/articles/[id]/suggestions/route.ts#GET": {
    expect: REVIEWERS,
    call: async (c) => routeOutcome(await (await import("@/app/api/articles/[id]/suggestions/route")).GET(new Request("http://t/x"), params({ id: c.articleId })), c),
  },
  "app/api/articles/[id]/claims/route.ts#GET": {
    expect: MEMBERS,
    call: async (c) => routeOutcome(await (await import("@/app/api/articles/[id]/claims/route")).GET(new Request("http://t/x"), params({ id: c.articleId })), c),
  },
  "app/api/articles/[id]/claims/route.ts#POST": {
    expect: REVIEWERS,
    call: async (c) =>
      routeOutcome(
        await (await import("@/app/api/articles/[id]/claims/route")).POST(
          new Request("http://t/x", { method: "POST", body: JSON.stringify({ versionId: c.versionId, start: 34, end: 56, idempotencyKey: `m${Math.random().toString(36).slice(2)}` }) }),
          params({ id: c.articleId }),
        ),
        c,
      ),
  },
  "app/api/articles/[id]/annotations/route.ts#POST": {
    expect: REVIEWERS,
    call: async (c) =>
      routeOutcome(
        await (await import("@/app/api/articles/[id]/annotations/route")).POST(
          new Request("http://t/x", { method: "POST", body: JSON.stringify({ type: "Annotation", target: { selector: { type: "TextQuoteSelector", exact: "said" } } }) }),
          params({ id: c.articleId }),
        ),
        c,
      ),
  },
  "app/api/claims/[id]/evidence/route.ts#POST": {
    expect: REVIEWERS,
    call: async (c) =>
      routeOutcome(
        await (await import("@/app/api/claims/[id]/evidence/route")).POST(new Request("http://t/x", { method: "POST", body: JSON.stringify({ url: "www.example.org/source", note: "n" }) }), params({ id: c.claimId })),
        c,
      ),
  },
  "app/api/claims/[id]/route.ts#PATCH": {
    expect: REVIEWERS,
    call: async (c) =>
      routeOutcome(
        await (await import("@/app/api/claims/[id]/route")).PATCH(
          new Request("http://t/x", { method: "PATCH", body: JSON.stringify({ baseVersion: c.claimVersion, patch: { rationale: "ok" } }) }),
          params({ id: c.claimId }),
        ),
        c,
      ),
  },
  "app/api/export-jobs/[id]/download/route.ts#GET": {
    expect: MEMBERS,
    call: async (c) => routeOutcome(await (await import("@/app/api/export-jobs/[id]/download/route")).GET(new Request("http://t/x"), params({ id: c.jobId })), c),
  },
};

function walk(dir: string, match: (f: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, match, out);
    else if (match(p)) out.push(p);
  }
  return out;
}

// Every exported server action and HTTP method, read from the source files.
function discover(): string[] {
  const root = process.cwd();
  const found: string[] = [];
  for (const file of walk(path.join(root, "lib"), (f) => f.endsWith("actions.ts"))) {
    const src = readFileSync(file, "utf8");
    if (!/^["']use server["']/m.test(src)) continue;
    for (const m of src.matchAll(/export\s+async\s+function\s+(\w+)/g)) found.push(`${path.relative(root, file)}#${m[1]}`);
  }
  for (const file of walk(path.join(root, "app", "api"), (f) => /route\.tsx?$/.test(f))) {
    const rel = path.relative(root, file);
    if (rel.includes("[...nextauth]")) continue; // next-auth's own sign-in endpoints, public by design
    const src = readFileSync(file, "utf8");
    for (const m of src.matchAll(/export\s+(?:async\s+function|const|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) found.push(`${rel}#${m[1]}`);
    for (const m of src.matchAll(/export\s*\{([^}]*)\}/g)) for (const part of m[1]!.split(",")) {
      const name = part.trim().split(/\s+as\s+/).pop();
      if (name && /^(GET|POST|PUT|PATCH|DELETE)$/.test(name)) found.push(`${rel}#${name}`);
    }
  }
  return found.sort();
}

describe("authorization matrix", () => {
  it("covers every server action and route handler in the code", () => {
    expect(discover()).toEqual(Object.keys(ACTIONS).sort());
  });

  for (const [name, c] of Object.entries(ACTIONS)) {
    describe(name, () => {
      for (const who of WHO) {
        it(`${who} → ${c.expect[who]}`, async () => {
          const cell = await makeCell();
          currentSession = session(cell, who);
          expect(await c.call(cell)).toBe(c.expect[who]);
        });
      }
    });
  }
});
