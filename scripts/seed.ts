// `npm run db:seed`: the demo team, users and article (idempotent).
import { seedDemo } from "../lib/seed/seed-demo";
import { withDatabase } from "./lib/database";
import { scriptClient } from "./lib/prisma";

withDatabase(async (url) => {
  const db = scriptClient(url);
  try {
    const { created } = await seedDemo(db);
    console.log(created ? "Seeded the demo team." : "Demo team already present: nothing to do.");
  } finally {
    await db.$disconnect();
  }
}).catch((err: unknown) => {
  console.error(`Seeding failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
