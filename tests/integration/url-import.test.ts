// Import from a URL, end to end against pages served by a web server inside this test
// (tests/support/page-server.ts), reachable only because the test-only allow-list
// (URL_IMPORT_TEST_ALLOW, lib/env.ts) names its 127.0.0.1 port. Every news page's text
// is asserted exactly and every metadata field; the awkward answers each get their
// message; the capture is kept byte for byte and travels with the saved article; a
// re-import makes a new version whose claims re-anchor.
import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import { getCaptureBody, getLatestCapture, previewUrlImport, reimportArticle } from "@/lib/articles/import-url";
import { ZCreateArticle } from "@/lib/articles/schemas";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { FETCH_MESSAGES } from "@/lib/net/safe-fetch";
import { failure } from "../support/failure";
import { seedTeam, type TSeededTeam } from "../support/factory";
import { NEWS_PAGES } from "../support/news-pages";
import { startNewsServer, type TPageServer } from "../support/page-server";

let srv: TPageServer;
let t: TSeededTeam;
// Each fetch counts against the user's rate limit (20 a minute): the pages are spread
// over the team's three writers.
let turn = 0;
const writer = () => [t.users.reviewer, t.users.editor, t.users.admin][turn++ % 3]!.session;

beforeAll(async () => {
  srv = await startNewsServer();
  // Read once by lib/env.ts, on first use (nothing has used it before this line).
  process.env.URL_IMPORT_TEST_ALLOW = `127.0.0.1:${srv.port}`;
  t = await seedTeam("url-import");
});
afterAll(async () => srv?.close());

describe("URL import: news pages", () => {
  for (const [path, page] of Object.entries(NEWS_PAGES)) {
    it(`${path}: the article text exactly, and every metadata field`, async () => {
      const preview = await previewUrlImport(writer(), { url: `${srv.base}${path}` });
      expect(preview.text).toBe(page.text);
      const url = typeof page.meta.url === "function" ? page.meta.url(srv.base) : page.meta.url;
      expect(preview.meta).toEqual({ ...page.meta, url });
      const served = typeof page.html === "string" ? Buffer.from(page.html) : page.html;
      expect(preview.capture).toMatchObject({ finalUrl: `${srv.base}${path}`, requestedUrl: `${srv.base}${path}`, httpStatus: 200, host: `127.0.0.1:${srv.port}`, bodyBytes: served.length, sha256: createHash("sha256").update(served).digest("hex") });
    });
  }

  it("a gzip-encoded page is unpacked and read", async () => {
    const preview = await previewUrlImport(writer(), { url: `${srv.base}/gzipped` });
    expect(preview.text).toBe(NEWS_PAGES["/amp"].text);
    expect(preview.capture.sha256).toBe(createHash("sha256").update(NEWS_PAGES["/amp"].html as string).digest("hex"));
  });

  it("plain text is taken as it is", async () => {
    const preview = await previewUrlImport(writer(), { url: `${srv.base}/plain.txt` });
    expect(preview.text).toBe("Wire copy.\n\nOfficials said the road reopens Monday.");
    expect(preview.meta).toEqual({ title: null, author: null, outlet: null, publishedAt: null, url: `${srv.base}/plain.txt` });
  });

  it("follows a redirect chain and keeps the final address; saving keeps the capture with the article", async () => {
    const preview = await previewUrlImport(writer(), { url: `${srv.base}/old-link` });
    expect(preview.text).toBe(NEWS_PAGES["/wordpress"].text);
    expect(preview.capture).toMatchObject({ requestedUrl: `${srv.base}/old-link`, finalUrl: `${srv.base}/wordpress`, httpStatus: 200 });
    expect(srv.log.filter((l) => /\/(old-link|r2|r3|wordpress)$/.test(l)).slice(-4)).toEqual(["GET /old-link", "GET /r2", "GET /r3", "GET /wordpress"]);

    const session = t.users.reviewer.session;
    const article = await createArticle(session, ZCreateArticle.parse({ title: preview.meta.title, outlet: preview.meta.outlet, author: preview.meta.author, url: preview.meta.url, publishedAt: preview.meta.publishedAt, text: preview.text, captureId: preview.captureId }));
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { title: true, outlet: true, author: true, url: true, publishedAt: true, versions: { select: { text: true, sourceFormat: true } } } });
    expect(stored).toEqual({
      title: "Harbour authority to close north pier for repairs",
      outlet: "The Harbour Gazette",
      author: "Jane Doe",
      url: "https://harbourgazette.example/2026/03/14/north-pier-closure/",
      publishedAt: new Date("2026-03-14T00:00:00Z"),
      versions: [{ text: NEWS_PAGES["/wordpress"].text, sourceFormat: "url" }],
    });
    const capture = await db.articleCapture.findUniqueOrThrow({ where: { id: preview.captureId }, select: { articleId: true, versionId: true, bodyGzip: true } });
    expect(capture.articleId).toBe(article.id);
    expect(capture.versionId).toBe(article.version.id);
    expect(gunzipSync(capture.bodyGzip).toString("utf8")).toBe(NEWS_PAGES["/wordpress"].html);
    expect(await getLatestCapture(t.users.viewer.session, article.id)).toEqual(preview.capture);
    const download = await getCaptureBody(t.users.viewer.session, article.id, preview.captureId);
    expect(download.body.toString("utf8")).toBe(NEWS_PAGES["/wordpress"].html);
    expect(download.fileName).toMatch(new RegExp(`^127\\.0\\.0\\.1_${srv.port}-\\d{4}-\\d{2}-\\d{2}T[\\d-]+Z\\.html$`));

    // A capture is saved once: a second article cannot take it.
    const again = await failure(createArticle(session, ZCreateArticle.parse({ title: "Copy", text: "Copy.", captureId: preview.captureId })));
    expect(again.message).toBe("That imported page was already saved, or is not this team's. Import the address again.");
    // Another team cannot see it.
    const other = await seedTeam("url-import-other");
    expect((await failure(getCaptureBody(other.users.admin.session, article.id, preview.captureId))).code).toBe("NOT_FOUND");
    expect(await getLatestCapture(other.users.admin.session, article.id)).toBeNull();
  });

  it("re-imports a changed page as a new version; claims re-anchor, and the same page makes no version", async () => {
    const original = `<html><head><title>Levy vote</title></head><body><article><h1>Levy vote</h1><p>The council approved the harbour levy on Monday, the mayor said.</p><p>Fishing crews, who said the levy is unfair, will appeal.</p></article></body></html>`;
    srv.routes.set("/living", (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(original));
    const session = t.users.reviewer.session;
    const preview = await previewUrlImport(session, { url: `${srv.base}/living` });
    expect(preview.text).toBe("The council approved the harbour levy on Monday, the mayor said.\n\nFishing crews, who said the levy is unfair, will appeal.");
    const article = await createArticle(session, ZCreateArticle.parse({ title: preview.meta.title, text: preview.text, captureId: preview.captureId }));
    const quote = "Fishing crews, who said the levy is unfair, will appeal.";
    const start = preview.text.indexOf(quote);
    const claim = await createClaim(session, { articleId: article.id, versionId: article.version.id, start, end: start + quote.length, idempotencyKey: "reimport-1" } as never);

    const same = await reimportArticle(t.users.editor.session, { articleId: article.id, baseVersion: 1 });
    expect(same).toMatchObject({ version: 1, kept: 0, moved: 0, orphaned: 0 });

    srv.routes.set("/living", (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(original.replace("<p>Fishing", "<p>Correction: the vote was 7–2.</p><p>Fishing")));
    const next = await reimportArticle(t.users.editor.session, { articleId: article.id, baseVersion: 1 });
    expect(next).toMatchObject({ version: 2, moved: 1, orphaned: 0 });
    const moved = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { exact: true, start: true, anchorStatus: true, versionId: true } });
    const v2 = await db.articleVersion.findUniqueOrThrow({ where: { articleId_number: { articleId: article.id, number: 2 } }, select: { id: true, text: true, sourceFormat: true } });
    expect(v2.text).toBe("The council approved the harbour levy on Monday, the mayor said.\n\nCorrection: the vote was 7–2.\n\nFishing crews, who said the levy is unfair, will appeal.");
    expect(v2.sourceFormat).toBe("url");
    expect(moved).toEqual({ exact: quote, start: v2.text.indexOf(quote), anchorStatus: "anchored", versionId: v2.id });
    const captures = await db.articleCapture.findMany({ where: { articleId: article.id }, orderBy: { fetchedAt: "asc" }, select: { versionId: true } });
    expect(captures).toEqual([{ versionId: article.version.id }, { versionId: null }, { versionId: v2.id }]);
    // A stale base version changes nothing.
    const stale = await failure(reimportArticle(t.users.editor.session, { articleId: article.id, baseVersion: 1 }));
    expect(stale.code).toBe("STALE");
    // A viewer may not.
    expect((await failure(reimportArticle(t.users.viewer.session, { articleId: article.id, baseVersion: 2 }))).code).toBe("FORBIDDEN");
  });
});

describe("URL import: pages that cannot be imported, each with its message and nothing saved", () => {
  const cases: Array<[string, string, string, object?]> = [
    ["a 404", "/missing", "That page was not found (the site answered 404)."],
    ["a 10 MB page (over the 2 MB upload limit)", "/huge", FETCH_MESSAGES.tooLarge(2)],
    ["a gzip bomb (50 MB in 50 KB)", "/bomb", FETCH_MESSAGES.bomb(2)],
    ["a page that never finishes", "/slow", FETCH_MESSAGES.timeout, { totalTimeoutMs: 300 }],
    ["more than 5 redirects", "/loop0", FETCH_MESSAGES.redirects(5)],
    ["a PDF", "/report.pdf", "That address is not a web page (the site sent application/pdf). Import HTML or plain text, or upload the file instead."],
    ["a page with no article", "/empty", "No article text found on that page."],
  ];
  for (const [name, path, message, settings] of cases) {
    it(name, async () => {
      const before = await db.articleCapture.count({ where: { teamId: t.teamId } });
      const err = await failure(previewUrlImport(writer(), { url: `${srv.base}${path}` }, settings ?? {}));
      expect(err.message).toBe(message);
      expect(err.code).toBe(path === "/huge" || path === "/bomb" ? "PAYLOAD_TOO_LARGE" : "VALIDATION");
      expect(await db.articleCapture.count({ where: { teamId: t.teamId } })).toBe(before);
    });
  }

  it("a viewer cannot make the server fetch anything", async () => {
    const requests = srv.log.length;
    expect((await failure(previewUrlImport(t.users.viewer.session, { url: `${srv.base}/wordpress` }))).code).toBe("FORBIDDEN");
    expect(srv.log.length).toBe(requests);
  });
});
