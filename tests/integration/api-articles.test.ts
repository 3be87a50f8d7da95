// POST /api/articles: text or an uploaded file, the same intake as the form; the file
// is parsed only for a member who may add articles.
import { describe, expect, it, vi } from "vitest";
import type { TSession } from "@/lib/auth";
import { seedArticle, seedTeam } from "../support/factory";
import { postArticle } from "../support/post-article";

let session: TSession | null = null;
vi.mock("@/lib/auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getSession: async () => session }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const post = postArticle;

describe("POST /api/articles", () => {
  it("takes a Markdown or HTML file, refuses other kinds and hostile nesting with a 4xx, and parses nothing for the signed-out", async () => {
    const t = await seedTeam();
    session = null;
    expect((await post({ title: "x", file: { name: "a.md", content: "# Hi" } })).status).toBe(401);
    session = t.users.viewer.session;
    expect((await post({ title: "x", file: { name: "a.md", content: "# Hi" } })).status).toBe(403);
    session = t.users.reviewer.session;
    const md = await post({ title: "From Markdown", file: { name: "draft.md", content: "# Levy\r\n\r\nThe *council* said so." } });
    expect(md.status).toBe(201);
    expect(md.json.version?.text).toBe("Levy\n\nThe council said so.");
    const pdf = await post({ title: "x", file: { name: "scan.pdf", content: "%PDF" } });
    expect(pdf).toMatchObject({ status: 400, json: { error: { code: "VALIDATION", message: "Upload a .txt, .md, .html or .docx file." } } });
    const deep = await post({ title: "x", file: { name: "page.html", content: `${"<div>".repeat(5000)}x` } });
    expect(deep.status).toBe(400);
    expect(deep.json.error?.message).toContain("nests elements");
  });
});

describe("GET /api/articles/:id/claims", () => {
  const get = async (id: string, query = "") => {
    const { GET } = await import("@/app/api/articles/[id]/claims/route");
    const res = await GET(new Request(`http://t/api/articles/${id}/claims${query}`), { params: Promise.resolve({ id }) });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> & { claims?: Array<Record<string, unknown>>; nextAfter?: number | null; error?: { code: string } } };
  };

  it("walks every claim a page at a time by number, withdrawn ones included, with the anchoring fields integrations need", async () => {
    const { createClaim } = await import("@/lib/claims/create-claim");
    const { withdrawClaim } = await import("@/lib/claims/withdraw-claim");
    const t = await seedTeam();
    const words = Array.from({ length: 7 }, (_, i) => `Sentence number ${i} said the council.`);
    const article = await seedArticle(t.teamId, words.join(" "));
    const versionId = article.versions[0]!.id;
    let at = 0;
    const ids: string[] = [];
    for (const w of words) {
      const c = await createClaim(t.users.reviewer.session, { articleId: article.id, versionId, start: at, end: at + w.length, idempotencyKey: `k-${at}`, sourcingType: "unattributed" });
      ids.push(c.id);
      at += w.length + 1;
    }
    await withdrawClaim(t.users.editor.session, { claimId: ids[2]!, baseVersion: 1, reason: "wrong span" });

    session = t.users.viewer.session;
    const seen: Array<Record<string, unknown>> = [];
    let after: number | null = 0;
    let pages = 0;
    while (after !== null) {
      const page = await get(article.id, `?limit=3&after=${after}`);
      expect(page.status).toBe(200);
      seen.push(...page.json.claims!);
      after = page.json.nextAfter ?? null;
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen.map((c) => c.id)).toEqual(ids);
    expect(seen.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(seen[2]!.withdrawn).toMatchObject({ reason: "wrong span" });
    expect(seen[0]).toMatchObject({ articleId: article.id, versionId, exact: words[0], start: 0, prefix: "", sourcingType: "unattributed", withdrawn: null });
    expect(Object.keys(seen[0]!)).toEqual(expect.arrayContaining(["suffix", "ratingValue", "commentCount", "approvedById"]));

    expect((await get(article.id, "?limit=0")).json.error?.code).toBe("VALIDATION");
    expect((await get(article.id, "?after=x")).json.error?.code).toBe("VALIDATION");
    expect((await get("not-a-uuid")).status).toBe(400);
    const other = await seedTeam("other");
    session = other.users.admin.session;
    expect((await get(article.id)).status).toBe(404);
  });
});
