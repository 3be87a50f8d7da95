// A Word document (.docx, also Google Docs' "Download as .docx") as article text:
// mammoth turns its paragraphs, headings and lists into HTML, which then takes the same
// path as an HTML upload's blocks (htmlToText). Comments are left out (mammoth ignores
// them unless a style map asks for them) and tracked changes read as the document now
// stands: insertions are text, deletions are gone. Runs in the worker pool.
import mammoth from "mammoth";
import { invalid } from "@/lib/errors";
import { htmlToText } from "./import-text";

export const UNREADABLE_DOCX = "That .docx file could not be read. Open it in Word or Google Docs and save it again, or paste its text.";

export async function docxToText(bytes: Uint8Array): Promise<string> {
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
  } catch {
    throw invalid(UNREADABLE_DOCX, { file: UNREADABLE_DOCX });
  }
  return htmlToText(html);
}
