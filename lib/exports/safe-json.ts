// JSON that is safe to paste inside an HTML <script> element (JSON-LD): "</script>",
// "<!--" and the line separators U+2028/U+2029 cannot end or break the element, because
// <, >, & and those separators are written as \u escapes. Still the same JSON value.
const UNSAFE = /[<>&\u2028\u2029]/g;

export function toScriptSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
