// `npm run docs:api`: rewrites the README's JSON API list from lib/api/contracts.ts.
import { readFileSync, writeFileSync } from "node:fs";
import { withApiDocs } from "@/lib/api/api-docs";

const readme = readFileSync("README.md", "utf8");
const next = withApiDocs(readme);
if (next === null) {
  console.error("README.md has no generated API section markers.");
  process.exit(1);
}
writeFileSync("README.md", next);
console.log(next === readme ? "README.md's API section is up to date." : "README.md's API section rewritten.");
