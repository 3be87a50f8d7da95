-- Hand-edited: the throttle is keyed by address and client now, not by address alone.
-- Its rows are counters of the last 15 minutes; they are dropped rather than converted.
DELETE FROM "login_throttles";
ALTER TABLE "login_throttles" RENAME COLUMN "email" TO "key";
