// Finds pg_dump / pg_restore that can talk to the server in use: their major version
// must be at least the server's, or pg_dump refuses. Says clearly what to install
// when none fits (the embedded server ships without client tools).
import { execFileSync } from "node:child_process";
import pg from "pg";

function major(bin: string): number | null {
  try {
    const out = execFileSync(bin, ["--version"], { encoding: "utf8" });
    const m = /PostgreSQL\)?\s+(\d+)/.exec(out);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

export async function serverMajor(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ server_version_num: string }>("SHOW server_version_num");
    return Math.floor(Number(rows[0]!.server_version_num) / 10000);
  } finally {
    await c.end();
  }
}

export async function pgTool(name: "pg_dump" | "pg_restore", url: string): Promise<string> {
  const server = await serverMajor(url);
  const candidates = [process.env.PG_BIN_DIR ? `${process.env.PG_BIN_DIR}/${name}` : null, `/usr/lib/postgresql/${server}/bin/${name}`, name].filter(Boolean) as string[];
  for (const bin of candidates) {
    const v = major(bin);
    if (v !== null && v >= server) return bin;
  }
  throw new Error(
    `${name} for PostgreSQL ${server} or newer was not found. Install the client tools (Debian/Ubuntu: apt-get install postgresql-client-${server}) or set PG_BIN_DIR to their folder.`,
  );
}
