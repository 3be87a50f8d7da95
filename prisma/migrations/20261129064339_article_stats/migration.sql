-- CreateTable
CREATE TABLE "article_stats" (
    "article_id" UUID NOT NULL,
    "team_id" UUID NOT NULL,
    "claims" INTEGER NOT NULL DEFAULT 0,
    "decided" INTEGER NOT NULL DEFAULT 0,
    "approved" INTEGER NOT NULL DEFAULT 0,
    "tagged" INTEGER NOT NULL DEFAULT 0,
    "anonymous" INTEGER NOT NULL DEFAULT 0,
    "official" INTEGER NOT NULL DEFAULT 0,
    "provided_documents" INTEGER NOT NULL DEFAULT 0,
    "documents" INTEGER NOT NULL DEFAULT 0,
    "media_report" INTEGER NOT NULL DEFAULT 0,
    "named_person" INTEGER NOT NULL DEFAULT 0,
    "unattributed" INTEGER NOT NULL DEFAULT 0,
    "anon_no_reason" INTEGER NOT NULL DEFAULT 0,
    "oldest_decided_at" TIMESTAMPTZ(3),

    CONSTRAINT "article_stats_pkey" PRIMARY KEY ("article_id")
);

-- CreateTable
CREATE TABLE "article_verdict_counts" (
    "id" BIGSERIAL NOT NULL,
    "team_id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "sourcing_type" "SourcingType",
    "rating_id" UUID,
    "n" INTEGER NOT NULL,

    CONSTRAINT "article_verdict_counts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "article_stats_team_id_idx" ON "article_stats"("team_id");

-- CreateIndex
CREATE INDEX "article_verdict_counts_article_id_idx" ON "article_verdict_counts"("article_id");

-- CreateIndex
CREATE INDEX "article_verdict_counts_team_id_sourcing_type_rating_id_n_idx" ON "article_verdict_counts"("team_id", "sourcing_type", "rating_id", "n");

-- AddForeignKey
ALTER TABLE "article_stats" ADD CONSTRAINT "article_stats_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_stats" ADD CONSTRAINT "article_stats_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_verdict_counts" ADD CONSTRAINT "article_verdict_counts_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_verdict_counts" ADD CONSTRAINT "article_verdict_counts_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written below: the triggers that keep article_stats and article_verdict_counts in
-- step with claims, inside the transaction that changes the claims. Prisma cannot
-- express triggers (the drift test compares tables, indexes and constraints only).
-- Recomputing an article's row from its claims, rather than adding and subtracting,
-- cannot drift. The article rows are locked first so that two transactions changing
-- claims of one article recompute one after the other, each seeing the other's rows.
CREATE FUNCTION sb_refresh_article_stats(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  live uuid[];
BEGIN
  SELECT coalesce(array_agg(id ORDER BY id), '{}') INTO live
  FROM (SELECT id FROM articles WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE) locked;
  IF cardinality(live) = 0 THEN
    RETURN;
  END IF;
  DELETE FROM article_verdict_counts WHERE article_id = ANY (live);
  INSERT INTO article_verdict_counts (team_id, article_id, sourcing_type, rating_id, n)
    SELECT team_id, article_id, sourcing_type, rating_id, count(*)::int
    FROM claims WHERE article_id = ANY (live)
    GROUP BY team_id, article_id, sourcing_type, rating_id;
  INSERT INTO article_stats AS s (article_id, team_id, claims, decided, approved, tagged, anonymous, official, provided_documents,
      documents, media_report, named_person, unattributed, anon_no_reason, oldest_decided_at)
    SELECT a.id, a.team_id,
      count(c.id)::int,
      (count(c.id) FILTER (WHERE c.status IN ('decided', 'approved')))::int,
      (count(c.id) FILTER (WHERE c.status = 'approved'))::int,
      (count(c.id) FILTER (WHERE c.sourcing_type IS NOT NULL))::int,
      (count(c.id) FILTER (WHERE c.sourcing_type = 'anonymous'))::int,
      (count(c.id) FILTER (WHERE c.sourcing_type = 'official'))::int,
      (count(c.id) FILTER (WHERE c.sourcing_type = 'provided_documents'))::int,
      (count(c.id) FILTER (WHERE c.sourcing_type = 'documents'))::int,
      (count(c.id) FILTER (WHERE c.sourcing_type = 'media_report'))::int,
      (count(c.id) FILTER (WHERE c.sourcing_type = 'named_person'))::int,
      (count(c.id) FILTER (WHERE c.sourcing_type = 'unattributed'))::int,
      (count(c.id) FILTER (WHERE c.sourcing_type = 'anonymous' AND coalesce(btrim(c.anonymity_reason), '') = ''))::int,
      min(c.decided_at) FILTER (WHERE c.status = 'decided')
    FROM articles a LEFT JOIN claims c ON c.article_id = a.id AND c.team_id = a.team_id
    WHERE a.id = ANY (live)
    GROUP BY a.id, a.team_id
  ON CONFLICT (article_id) DO UPDATE SET
    team_id = EXCLUDED.team_id, claims = EXCLUDED.claims, decided = EXCLUDED.decided, approved = EXCLUDED.approved,
    tagged = EXCLUDED.tagged, anonymous = EXCLUDED.anonymous, official = EXCLUDED.official,
    provided_documents = EXCLUDED.provided_documents, documents = EXCLUDED.documents, media_report = EXCLUDED.media_report,
    named_person = EXCLUDED.named_person, unattributed = EXCLUDED.unattributed, anon_no_reason = EXCLUDED.anon_no_reason,
    oldest_decided_at = EXCLUDED.oldest_decided_at;
END
$fn$;

-- Statement-level with transition tables: one recompute per statement and article,
-- however many claims the statement touched.
CREATE FUNCTION sb_claims_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM sb_refresh_article_stats(ARRAY(SELECT DISTINCT article_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM sb_refresh_article_stats(ARRAY(SELECT DISTINCT article_id FROM old_rows));
  ELSE
    -- Only changes the aggregates read: re-anchoring moves offsets and must stay cheap.
    PERFORM sb_refresh_article_stats(ARRAY(
      SELECT DISTINCT x.article_id FROM new_rows n JOIN old_rows o ON o.id = n.id,
        LATERAL (VALUES (n.article_id), (o.article_id)) AS x(article_id)
      WHERE (n.article_id, n.status, n.sourcing_type, n.rating_id, n.anonymity_reason, n.decided_at)
        IS DISTINCT FROM (o.article_id, o.status, o.sourcing_type, o.rating_id, o.anonymity_reason, o.decided_at)));
  END IF;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER claims_stats_insert AFTER INSERT ON claims REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sb_claims_changed();
CREATE TRIGGER claims_stats_update AFTER UPDATE ON claims REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sb_claims_changed();
CREATE TRIGGER claims_stats_delete AFTER DELETE ON claims REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sb_claims_changed();

-- Fill the tables for claims that exist before this migration.
SELECT sb_refresh_article_stats(ARRAY(SELECT DISTINCT article_id FROM claims));
