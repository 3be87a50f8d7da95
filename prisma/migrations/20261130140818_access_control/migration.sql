-- AlterTable
ALTER TABLE "users" ADD COLUMN     "session_version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "invites" ADD COLUMN     "revoked_at" TIMESTAMPTZ(3);
