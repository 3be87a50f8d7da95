-- AlterTable
ALTER TABLE "teams" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en-GB',
ADD COLUMN     "time_zone" TEXT NOT NULL DEFAULT 'UTC';

-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "archived_at" TIMESTAMPTZ(3),
ADD COLUMN     "claim_seq" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
-- "number" is made NOT NULL below, once existing claims are numbered.
ALTER TABLE "claims" ADD COLUMN     "number" INTEGER,
ADD COLUMN     "withdraw_reason" TEXT,
ADD COLUMN     "withdrawn_at" TIMESTAMPTZ(3),
ADD COLUMN     "withdrawn_by_id" UUID;

-- AlterTable
ALTER TABLE "article_stats" ADD COLUMN     "orphaned" INTEGER NOT NULL DEFAULT 0;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_withdrawn_by_id_fkey" FOREIGN KEY ("withdrawn_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written below.

-- Stable claim numbers. Existing claims are numbered per article in the order they
-- were made; the article remembers the last number handed out, so a number freed by a
-- permanent delete is never given again.
UPDATE claims c SET number = n.rn
FROM (SELECT id, row_number() OVER (PARTITION BY article_id ORDER BY created_at, id)::int AS rn FROM claims) n
WHERE n.id = c.id;
UPDATE articles a SET claim_seq = m.top FROM (SELECT article_id, max(number) AS top FROM claims GROUP BY 1) m WHERE m.article_id = a.id;
ALTER TABLE "claims" ALTER COLUMN "number" SET NOT NULL;
CREATE UNIQUE INDEX "claims_article_id_number_key" ON "claims"("article_id", "number");

-- A new claim takes the article's next number in the inserting transaction. The team
-- lock comes first, then the article row: the order every claim writer takes its locks
-- in (team_verdict_counts migration), so numbering cannot deadlock with the rollups.
CREATE FUNCTION sb_number_claim() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM sb_lock_teams(ARRAY[NEW.team_id]);
  IF NEW.number IS NULL THEN
    UPDATE articles SET claim_seq = claim_seq + 1 WHERE id = NEW.article_id RETURNING claim_seq INTO NEW.number;
  ELSE
    UPDATE articles SET claim_seq = NEW.number WHERE id = NEW.article_id AND claim_seq < NEW.number;
  END IF;
  RETURN NEW;
END
$fn$;
CREATE TRIGGER claims_number BEFORE INSERT ON claims FOR EACH ROW EXECUTE FUNCTION sb_number_claim();

-- The rollups count the claims that are part of the record: live (not withdrawn) and
-- anchored in the current text. Live orphans are counted apart, as "need re-attaching".
CREATE OR REPLACE FUNCTION sb_recompute_article_rollups(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
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
    FROM claims WHERE article_id = ANY (live) AND withdrawn_at IS NULL AND anchor_status = 'anchored'
    GROUP BY team_id, article_id, sourcing_type, rating_id;
  INSERT INTO article_stats AS s (article_id, team_id, claims, decided, approved, tagged, anonymous, official, provided_documents,
      documents, media_report, named_person, unattributed, anon_no_reason, oldest_decided_at, orphaned)
    SELECT a.id, a.team_id,
      count(c.id) FILTER (WHERE c.anchor_status = 'anchored')::int,
      (count(c.id) FILTER (WHERE c.anchor_status = 'anchored' AND c.status IN ('decided', 'approved')))::int,
      (count(c.id) FILTER (WHERE c.anchor_status = 'anchored' AND c.status = 'approved'))::int,
      (count(c.id) FILTER (WHERE c.anchor_status = 'anchored' AND c.sourcing_type IS NOT NULL))::int,
      (count(c.id) FILTER (WHERE c.anchor_status = 'anchored' AND c.sourcing_type = 'anonymous'))::int,
      (count(c.id) FILTER (WHERE c.anchor_status = 'anchored' AND c.sourcing_type = 'official'))::int,
      (count(c.id) FILTER (WHERE c.anchor_status = 'anchored' AND c.sourcing_type = 'provided_documents'))::int,
      (count(c.id) FILTER (WHERE c.anchor_status = 'anchored' AND c.sourcing_type = 'documents'))::int,
      (count(c.id) FILTER (WHERE c.anchor_status = 'anchored' AND c.sourcing_type = 'media_report'))::int,
      (count(c.id) FILTER (WHERE c.anchor_status = 'anchored' AND c.sourcing_type = 'named_person'))::int,
      (count(c.id) FILTER (WHERE c.anchor_status = 'anchored' AND c.sourcing_type = 'unattributed'))::int,
      (count(c.id) FILTER (WHERE c.anchor_status = 'anchored' AND c.sourcing_type = 'anonymous' AND coalesce(btrim(c.anonymity_reason), '') = ''))::int,
      min(c.decided_at) FILTER (WHERE c.anchor_status = 'anchored' AND c.status = 'decided'),
      count(c.id) FILTER (WHERE c.anchor_status = 'orphaned')::int
    FROM articles a LEFT JOIN claims c ON c.article_id = a.id AND c.team_id = a.team_id AND c.withdrawn_at IS NULL
    WHERE a.id = ANY (live)
    GROUP BY a.id, a.team_id
  ON CONFLICT (article_id) DO UPDATE SET
    team_id = EXCLUDED.team_id, claims = EXCLUDED.claims, decided = EXCLUDED.decided, approved = EXCLUDED.approved,
    tagged = EXCLUDED.tagged, anonymous = EXCLUDED.anonymous, official = EXCLUDED.official,
    provided_documents = EXCLUDED.provided_documents, documents = EXCLUDED.documents, media_report = EXCLUDED.media_report,
    named_person = EXCLUDED.named_person, unattributed = EXCLUDED.unattributed, anon_no_reason = EXCLUDED.anon_no_reason,
    oldest_decided_at = EXCLUDED.oldest_decided_at, orphaned = EXCLUDED.orphaned;
END
$fn$;

-- Withdrawing, restoring, orphaning and re-attaching change what the rollups count.
CREATE OR REPLACE FUNCTION sb_claims_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM sb_refresh_article_stats(ARRAY(SELECT DISTINCT article_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM sb_refresh_article_stats(ARRAY(SELECT DISTINCT article_id FROM old_rows));
  ELSE
    -- Only changes the aggregates read: moving offsets must stay cheap.
    PERFORM sb_refresh_article_stats(ARRAY(
      SELECT DISTINCT x.article_id FROM new_rows n JOIN old_rows o ON o.id = n.id,
        LATERAL (VALUES (n.article_id), (o.article_id)) AS x(article_id)
      WHERE (n.article_id, n.status, n.sourcing_type, n.rating_id, n.anonymity_reason, n.decided_at, n.anchor_status, n.withdrawn_at IS NULL)
        IS DISTINCT FROM (o.article_id, o.status, o.sourcing_type, o.rating_id, o.anonymity_reason, o.decided_at, o.anchor_status, o.withdrawn_at IS NULL)));
  END IF;
  RETURN NULL;
END
$fn$;

-- The team's verdict totals leave archived articles out. An article's rollup rows are
-- added or subtracted according to its archived state when they are written, so
-- archiving (sb_set_article_archived) removes its rows while it still counts, flips the
-- flag, and writes them again; an admin's delete removes them before the article.
CREATE OR REPLACE FUNCTION sb_verdict_counts_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM sb_lock_teams(ARRAY(SELECT DISTINCT team_id FROM new_rows));
    WITH d AS (
      SELECT r.team_id, r.sourcing_type, r.rating_id, sum(r.n)::int AS n FROM new_rows r
      WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = r.article_id AND a.archived_at IS NOT NULL) GROUP BY 1, 2, 3),
    updated AS (
      UPDATE team_verdict_counts c SET n = c.n + d.n FROM d
      WHERE c.team_id = d.team_id AND c.sourcing_type IS NOT DISTINCT FROM d.sourcing_type AND c.rating_id IS NOT DISTINCT FROM d.rating_id
      RETURNING c.team_id, c.sourcing_type, c.rating_id)
    INSERT INTO team_verdict_counts (team_id, sourcing_type, rating_id, n)
      SELECT d.team_id, d.sourcing_type, d.rating_id, d.n FROM d
      WHERE NOT EXISTS (SELECT 1 FROM updated u WHERE u.team_id = d.team_id
        AND u.sourcing_type IS NOT DISTINCT FROM d.sourcing_type AND u.rating_id IS NOT DISTINCT FROM d.rating_id);
  ELSE
    PERFORM sb_lock_teams(ARRAY(SELECT DISTINCT team_id FROM old_rows));
    WITH d AS (
      SELECT r.team_id, r.sourcing_type, r.rating_id, sum(r.n)::int AS n FROM old_rows r
      WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = r.article_id AND a.archived_at IS NOT NULL) GROUP BY 1, 2, 3)
    UPDATE team_verdict_counts c SET n = c.n - d.n FROM d
    WHERE c.team_id = d.team_id AND c.sourcing_type IS NOT DISTINCT FROM d.sourcing_type AND c.rating_id IS NOT DISTINCT FROM d.rating_id;
    DELETE FROM team_verdict_counts WHERE team_id IN (SELECT team_id FROM old_rows) AND n <= 0;
  END IF;
  RETURN NULL;
END
$fn$;

CREATE FUNCTION sb_set_article_archived(article uuid, at timestamptz) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM sb_lock_teams(ARRAY(SELECT team_id FROM articles WHERE id = article));
  DELETE FROM article_verdict_counts WHERE article_id = article;
  UPDATE articles SET archived_at = at WHERE id = article;
  PERFORM sb_recompute_article_rollups(ARRAY[article]);
END
$fn$;

CREATE FUNCTION sb_delete_article(article uuid) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM sb_lock_teams(ARRAY(SELECT team_id FROM articles WHERE id = article));
  DELETE FROM article_verdict_counts WHERE article_id = article;
  DELETE FROM articles WHERE id = article;
END
$fn$;

-- Existing claims are all live; the rollups gain their orphan counts.
SELECT sb_refresh_article_stats(ARRAY(SELECT DISTINCT article_id FROM claims WHERE anchor_status = 'orphaned'));
