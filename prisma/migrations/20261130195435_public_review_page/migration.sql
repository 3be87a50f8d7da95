-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "public_noindex" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "public_since" TIMESTAMPTZ(3),
ADD COLUMN     "public_slug" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "articles_public_slug_key" ON "articles"("public_slug");
