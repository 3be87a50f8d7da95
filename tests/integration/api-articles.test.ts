// POST /api/articles: text or an uploaded file, the same intake as the form; the file
// is parsed only for a member who may add articles.
import { describe, expect, it, vi } from "vitest";
import type { TSession } from "@/lib/auth";
import { seedTeam } from "../support/factory";

let session: TSession | null = null;
vi.mock("@/lib/auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getSession: async () => session }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const post = async (body: unknown) => {
  const { POST } = await import("@/app/api/articles/route");
  const res = await POST(new Request("http://t/api/articles", { method: "POST", body: JSON.stringify(body) }));
  return { status: res.status, json: (await res.json()) as { id?: string; version?: { text: string }; error?: { code: string; message: string } } };
};

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
    expect(pdf).toMatchObject({ status: 400, json: { error: { code: "VALIDATION", message: "Upload a .txt, .md or .html file." } } });
    const deep = await post({ title: "x", file: { name: "page.html", content: `${"<div>".repeat(5000)}x` } });
    expect(deep.status).toBe(400);
    expect(deep.json.error?.message).toContain("nests elements");
  });
});
