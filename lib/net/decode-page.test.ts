import { describe, expect, it } from "vitest";
import { decodePage } from "./decode-page";

const cp1252 = (s: string) => Buffer.from(s.replace(/[“”’–]/g, (c) => ({ "“": "\x93", "”": "\x94", "’": "\x92", "–": "\x96" })[c]!), "latin1");

describe("decodePage", () => {
  it.each([
    ["header charset wins", cp1252("<p>“Hi” – it’s</p>"), "windows-1252", "<p>“Hi” – it’s</p>", "windows-1252"],
    ["meta charset", cp1252('<meta charset="windows-1252"><p>“Hi”</p>'), null, '<meta charset="windows-1252"><p>“Hi”</p>', "windows-1252"],
    ["meta http-equiv, iso-8859-1 read as windows-1252", cp1252('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>it’s</p>'), null, '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>it’s</p>', "windows-1252"],
    ["unlabelled UTF-8", Buffer.from("<p>Zürich ✓</p>"), null, "<p>Zürich ✓</p>", "utf-8"],
    ["unlabelled, not UTF-8", cp1252("<p>“Hi”</p>"), null, "<p>“Hi”</p>", "windows-1252"],
    ["BOM beats the header", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("<p>é</p>")]), "windows-1252", "<p>é</p>", "utf-8"],
    ["unknown label falls back", Buffer.from("<p>é</p>"), "x-nonsense", "<p>é</p>", "utf-8"],
  ])("%s", (_name, bytes, header, text, charset) => {
    expect(decodePage(bytes, header)).toEqual({ text, charset });
  });
});
