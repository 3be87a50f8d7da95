-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "SourceFormat" ADD VALUE 'docx';
ALTER TYPE "SourceFormat" ADD VALUE 'url';

-- CreateTable
CREATE TABLE "article_captures" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "team_id" UUID NOT NULL,
    "article_id" UUID,
    "version_id" UUID,
    "created_by_id" UUID,
    "requested_url" TEXT NOT NULL,
    "final_url" TEXT NOT NULL,
    "http_status" INTEGER NOT NULL,
    "content_type" TEXT NOT NULL,
    "fetched_at" TIMESTAMPTZ(3) NOT NULL,
    "sha256" TEXT NOT NULL,
    "body_bytes" INTEGER NOT NULL,
    "body_gzip" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_captures_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "article_captures_version_id_key" ON "article_captures"("version_id");

-- CreateIndex
CREATE INDEX "article_captures_team_id_created_at_idx" ON "article_captures"("team_id", "created_at");

-- CreateIndex
CREATE INDEX "article_captures_article_id_fetched_at_idx" ON "article_captures"("article_id", "fetched_at" DESC);

-- AddForeignKey
ALTER TABLE "article_captures" ADD CONSTRAINT "article_captures_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_captures" ADD CONSTRAINT "article_captures_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_captures" ADD CONSTRAINT "article_captures_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "article_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_captures" ADD CONSTRAINT "article_captures_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
