// One contract test per JSON route: called as a client calls it, the answer has the
// status and the shape lib/api/contracts.ts documents (every field, with its type).
import { afterAll, describe, expect, it, vi } from "vitest";
import { API_ROUTES, ZApiAnnotationImport, ZApiClaim, ZApiClaimsPage, ZApiCreatedArticle, ZApiError, ZApiEvidence, ZApiExportJob, ZApiHealth, ZApiReimport, ZApiSuggestions, ZApiUrlImport } from "@/lib/api/contracts";
import type { TSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { seedTeam } from "../support/factory";
import { startNewsServer } from "../support/page-server";

// The URL import's routes fetch from a server in this test, opened by the test-only allow-list.
const pages = await startNewsServer();
process.env.URL_IMPORT_TEST_ALLOW = `127.0.0.1:${pages.port}`;
afterAll(() => pages.close());

let session: TSession | null = null;
vi.mock("@/lib/auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getSession: async () => session }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const params = (id: string) => ({ params: Promise.resolve({ id }) });
const json = (method: string, url: string, body?: unknown) => new Request(`http://t${url}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
const read = async (res: Response) => ({ status: res.status, body: (await res.json()) as unknown });

const TEXT = "The council said the bridge would cost more. Officials, who spoke on condition of anonymity, said the budget was cut.";

describe("JSON API contracts", () => {
  it("every route answers the documented shape", async () => {
    const t = await seedTeam();
    session = t.users.reviewer.session;
    const seen = new Set<string>();
    const check = async (route: string, res: Response, status: number, schema: { parse: (v: unknown) => unknown }) => {
      const { status: got, body } = await read(res);
      expect(got, `${route}: ${JSON.stringify(body)}`).toBe(status);
      schema.parse(body);
      seen.add(route);
      return body as never;
    };

    const health = await import("@/app/api/health/route");
    await check("GET /api/health", await health.GET(), 200, ZApiHealth);

    const articles = await import("@/app/api/articles/route");
    const article: { id: string; version: { id: string } } = await check("POST /api/articles", await articles.POST(json("POST", "/api/articles", { title: "Bridge", text: TEXT })), 201, ZApiCreatedArticle);

    const importer = await import("@/app/api/articles/import/route");
    const preview: { captureId: string; text: string; meta: { title: string } } = await check("POST /api/articles/import", await importer.POST(json("POST", "/api/articles/import", { url: `${pages.base}/amp` })), 200, ZApiUrlImport);
    const fromUrl: { id: string } = await check("POST /api/articles", await articles.POST(json("POST", "/api/articles", { title: preview.meta.title, text: preview.text, captureId: preview.captureId })), 201, ZApiCreatedArticle);
    const reimport = await import("@/app/api/articles/[id]/reimport/route");
    const again: { version: number } = await check("POST /api/articles/:id/reimport", await reimport.POST(json("POST", "/", { baseVersion: 1 }), params(fromUrl.id)), 200, ZApiReimport);
    expect(again.version).toBe(1);

    const suggestions = await import("@/app/api/articles/[id]/suggestions/route");
    const suggested: { suggestions: unknown[] } = await check("GET /api/articles/:id/suggestions", await suggestions.GET(json("GET", "/"), params(article.id)), 200, ZApiSuggestions);
    expect(suggested.suggestions.length).toBeGreaterThan(0);

    const claims = await import("@/app/api/articles/[id]/claims/route");
    const created: { id: string; version: number } = await check(
      "POST /api/articles/:id/claims",
      await claims.POST(json("POST", "/", { versionId: article.version.id, start: 0, end: 44, idempotencyKey: "contract-1", sourcingType: "official" }), params(article.id)),
      201,
      ZApiClaim,
    );
    const evidence = await import("@/app/api/claims/[id]/evidence/route");
    await check("POST /api/claims/:id/evidence", await evidence.POST(json("POST", "/", { url: "council.example/minutes" }), params(created.id)), 201, ZApiEvidence);
    const claim = await import("@/app/api/claims/[id]/route");
    const patched: { rationale: string; evidence: Array<{ url: string }> } = await check(
      "PATCH /api/claims/:id",
      await claim.PATCH(json("PATCH", "/", { baseVersion: created.version, patch: { rationale: "In the minutes." } }), params(created.id)),
      200,
      ZApiClaim,
    );
    expect(patched).toMatchObject({ rationale: "In the minutes.", evidence: [{ url: "https://council.example/minutes" }] });
    const page: { claims: Array<{ id: string }> } = await check("GET /api/articles/:id/claims?after=&limit=", await claims.GET(json("GET", `/api/articles/${article.id}/claims`), params(article.id)), 200, ZApiClaimsPage);
    expect(page.claims.map((c) => c.id)).toEqual([created.id]);

    const annotations = await import("@/app/api/articles/[id]/annotations/route");
    const quote = { type: "TextQuoteSelector", exact: "the budget was cut", prefix: "anonymity, said ", suffix: "." };
    const imported: { anchored: number } = await check(
      "POST /api/articles/:id/annotations",
      await annotations.POST(json("POST", "/", { "@context": "http://www.w3.org/ns/anno.jsonld", type: "Annotation", target: { source: "https://x.example/a", selector: quote } }), params(article.id)),
      201,
      ZApiAnnotationImport,
    );
    expect(imported.anchored).toBe(1);

    const job = await db.exportJob.create({ data: { teamId: t.teamId, requestedById: t.users.reviewer.id, format: "csv", filter: {} }, select: { id: true } });
    const jobs = await import("@/app/api/export-jobs/[id]/route");
    await check("GET /api/export-jobs/:id", await jobs.GET(json("GET", "/"), params(job.id)), 200, ZApiExportJob);

    // Every JSON route of the registry was called here.
    expect([...seen].sort()).toEqual(API_ROUTES.filter((r) => typeof r.response !== "string").map((r) => `${r.method} ${r.path}`).sort());
  });

  it("errors have one shape, with the status their code names", async () => {
    const t = await seedTeam();
    const claims = await import("@/app/api/articles/[id]/claims/route");
    session = null;
    const anon = await read(await claims.GET(json("GET", "/"), params("00000000-0000-4000-8000-000000000000")));
    expect(anon.status).toBe(401);
    expect(ZApiError.parse(anon.body).error.code).toBe("UNAUTHENTICATED");
    session = t.users.viewer.session;
    const missing = await read(await claims.GET(json("GET", "/"), params("00000000-0000-4000-8000-000000000000")));
    expect(missing.status).toBe(404);
    expect(ZApiError.parse(missing.body).error.code).toBe("NOT_FOUND");
    const bad = await read(await claims.POST(new Request("http://t/", { method: "POST", body: "{" }), params("00000000-0000-4000-8000-000000000000")));
    expect(bad.status).toBe(400);
    expect(ZApiError.parse(bad.body).error.message).toBe("The request body is not valid JSON.");
  });
});
