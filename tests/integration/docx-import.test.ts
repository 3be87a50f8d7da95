// A Word document made here with the `docx` package, the way Word and Google Docs write
// one: headings, a bulleted and a numbered list, a comment and tracked changes. Imported
// through the JSON API as the form's upload is (in the worker pool, by mammoth), the
// stored text keeps the headings and list items as paragraphs, leaves the comment out,
// and reads the tracked changes as the document now stands.
import { AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, HeadingLevel, InsertedTextRun, LevelFormat, Packer, Paragraph, TextRun } from "docx";
import { describe, expect, it, vi } from "vitest";
import type { TSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { seedTeam } from "../support/factory";
import { postArticle } from "../support/post-article";

let session: TSession | null = null;
vi.mock("@/lib/auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getSession: async () => session }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const post = postArticle;

async function draft(): Promise<Buffer> {
  const when = "2026-03-01T09:00:00Z";
  const doc = new Document({
    comments: { children: [{ id: 0, author: "Desk editor", date: new Date(when), children: [new Paragraph({ children: [new TextRun("Who said this? The editor said check it.")] })] }] },
    numbering: { config: [{ reference: "steps", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }] }] },
    sections: [
      {
        children: [
          new Paragraph({ text: "Council cuts transit fund", heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new CommentRangeStart(0), new TextRun("The council cut the transit fund by 4 per cent, officials said."), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] }),
          new Paragraph({ text: "What changes", heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: "Fewer late buses on the east side", bullet: { level: 0 } }),
          new Paragraph({ text: "Fares rise in June", bullet: { level: 0 } }),
          new Paragraph({ text: "Read the budget", numbering: { reference: "steps", level: 0 } }),
          new Paragraph({ text: "Ask the mayor", numbering: { reference: "steps", level: 0 } }),
          new Paragraph({
            children: [
              new TextRun("The mayor said the cut was "),
              new DeletedTextRun({ text: "temporary", id: 1, author: "Desk editor", date: when }),
              new InsertedTextRun({ text: "permanent", id: 2, author: "Desk editor", date: when }),
              new TextRun("."),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe(".docx import", () => {
  it("keeps headings and list items as paragraphs, drops the comment, reads tracked changes as accepted", async () => {
    const t = await seedTeam("docx");
    session = t.users.reviewer.session;
    const bytes = await draft();
    const res = await post({ title: "Transit cut", file: { name: "Transit cut.docx", content: bytes.toString("base64"), encoding: "base64" } });
    expect(res.status).toBe(201);
    const expected = [
      "Council cuts transit fund",
      "The council cut the transit fund by 4 per cent, officials said.",
      "What changes",
      "Fewer late buses on the east side",
      "Fares rise in June",
      "Read the budget",
      "Ask the mayor",
      "The mayor said the cut was permanent.",
    ].join("\n\n");
    expect(res.json.version?.text).toBe(expected);
    const stored = await db.articleVersion.findFirstOrThrow({ where: { articleId: res.json.id! }, select: { text: true, sourceFormat: true } });
    expect(stored).toEqual({ text: expected, sourceFormat: "docx" });
  });

  it("a broken .docx gets a clear message and nothing is saved", async () => {
    const t = await seedTeam("docx-bad");
    session = t.users.reviewer.session;
    const res = await post({ title: "Broken", file: { name: "broken.docx", content: Buffer.from("not a zip at all").toString("base64"), encoding: "base64" } });
    expect(res).toMatchObject({ status: 400, json: { error: { code: "VALIDATION", message: "That .docx file could not be read. Open it in Word or Google Docs and save it again, or paste its text." } } });
    expect(await db.article.count({ where: { teamId: t.teamId } })).toBe(0);
  });
});
