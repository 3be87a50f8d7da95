-- DropIndex
DROP INDEX "article_verdict_counts_team_id_sourcing_type_rating_id_n_idx";

-- CreateTable
CREATE TABLE "team_verdict_counts" (
    "id" BIGSERIAL NOT NULL,
    "team_id" UUID NOT NULL,
    "sourcing_type" "SourcingType",
    "rating_id" UUID,
    "n" INTEGER NOT NULL,

    CONSTRAINT "team_verdict_counts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "team_verdict_counts_team_id_idx" ON "team_verdict_counts"("team_id");

-- AddForeignKey
ALTER TABLE "team_verdict_counts" ADD CONSTRAINT "team_verdict_counts_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written below. team_verdict_counts follows article_verdict_counts: a statement-
-- level trigger on that table adds what a statement inserted and subtracts what it
-- deleted, including rows deleted by cascade with their article or team. Adding and
-- subtracting stays right only if the writers of one team take turns, so each takes a
-- transaction-scoped advisory lock per team, and takes it before it locks any article
-- (sb_refresh_article_stats below), so no two writers can each hold what the other
-- waits for. Claim writes of one team therefore commit one after the other; they are
-- short, and edits that change no aggregate (offsets, text) take no lock at all.
CREATE FUNCTION sb_lock_teams(teams uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('sourcebench:team:' || t::text, 0))
  FROM (SELECT DISTINCT t FROM unnest(teams) AS t ORDER BY t) sorted;
END
$fn$;

-- sb_refresh_article_stats (the claims trigger and the bench seed call it by name) now
-- locks the teams, then runs the recompute of the article_stats migration, renamed.
ALTER FUNCTION sb_refresh_article_stats(uuid[]) RENAME TO sb_recompute_article_rollups;
CREATE FUNCTION sb_refresh_article_stats(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  -- Teams first, then articles (the recompute locks those): the order every writer takes its locks in.
  PERFORM sb_lock_teams(ARRAY(SELECT DISTINCT team_id FROM articles WHERE id = ANY (ids)));
  PERFORM sb_recompute_article_rollups(ids);
END
$fn$;

CREATE FUNCTION sb_verdict_counts_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM sb_lock_teams(ARRAY(SELECT DISTINCT team_id FROM new_rows));
    WITH d AS (SELECT team_id, sourcing_type, rating_id, sum(n)::int AS n FROM new_rows GROUP BY 1, 2, 3),
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
    WITH d AS (SELECT team_id, sourcing_type, rating_id, sum(n)::int AS n FROM old_rows GROUP BY 1, 2, 3)
    UPDATE team_verdict_counts c SET n = c.n - d.n FROM d
    WHERE c.team_id = d.team_id AND c.sourcing_type IS NOT DISTINCT FROM d.sourcing_type AND c.rating_id IS NOT DISTINCT FROM d.rating_id;
    DELETE FROM team_verdict_counts WHERE team_id IN (SELECT team_id FROM old_rows) AND n <= 0;
  END IF;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER verdict_counts_team_insert AFTER INSERT ON article_verdict_counts REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sb_verdict_counts_changed();
CREATE TRIGGER verdict_counts_team_delete AFTER DELETE ON article_verdict_counts REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sb_verdict_counts_changed();

-- Fill the table from the rows that exist now. Creating the triggers above locked
-- article_verdict_counts against writes until this migration commits, so nothing
-- changes between this sum and the first trigger run.
INSERT INTO team_verdict_counts (team_id, sourcing_type, rating_id, n)
  SELECT team_id, sourcing_type, rating_id, sum(n)::int FROM article_verdict_counts GROUP BY 1, 2, 3;
