import { describe, expect, it } from "vitest";
import { toScriptSafeJson } from "./safe-json";

describe("toScriptSafeJson", () => {
  const hostile = { quote: '</script><script>alert(1)</script>', url: "https://x.test/?a=1&b=<2>", note: "line\u2028break\u2029", comment: "<!-- x -->" };

  it("cannot close or break a script element, and parses back to the same value", () => {
    const json = toScriptSafeJson(hostile, 2);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(hostile);
  });
});
