import { dropDatabase } from "../tests/support/databases";

export default async function globalTeardown() {
  if (process.env.E2E_DB_NAME) await dropDatabase(process.env.E2E_DB_NAME);
}
