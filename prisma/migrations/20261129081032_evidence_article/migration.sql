-- AlterTable
-- Hand-edited: existing evidence takes its claim's article before the column becomes
-- NOT NULL (the generated ADD COLUMN … NOT NULL fails on a table with rows).
ALTER TABLE "evidence" ADD COLUMN     "article_id" UUID;
UPDATE "evidence" e SET "article_id" = c."article_id" FROM "claims" c WHERE c."id" = e."claim_id";
ALTER TABLE "evidence" ALTER COLUMN "article_id" SET NOT NULL;

-- CreateIndex
CREATE INDEX "evidence_article_id_idx" ON "evidence"("article_id");

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
