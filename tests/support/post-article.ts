// POST /api/articles as a test calls it: through the route handler itself, with the
// session the test's getSession mock answers.
export type TPostedArticle = { status: number; json: { id?: string; version?: { text: string }; error?: { code: string; message: string } } };

export async function postArticle(body: unknown): Promise<TPostedArticle> {
  const { POST } = await import("@/app/api/articles/route");
  const res = await POST(new Request("http://t/api/articles", { method: "POST", body: JSON.stringify(body) }));
  return { status: res.status, json: (await res.json()) as TPostedArticle["json"] };
}
