// Vitest: one migrated database for the whole run, dropped at the end.
import type { TestProject } from "vitest/node";
import { createDatabase, dropDatabase, uniqueDbName } from "./support/databases";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const name = uniqueDbName("sb_test");
  const url = await createDatabase(name);
  project.provide("databaseUrl", url);
  return async () => {
    await dropDatabase(name);
  };
}
