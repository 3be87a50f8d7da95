-- Hand-written: the same search column, built from text that cannot make PostgreSQL's
-- text-search parser quadratic. The default parser retries at every position of a run
-- such as "_a_a_a…" or "_1_1_1…", so one paste could hold the database for everyone
-- (bench:abuse measures it); underscores read as spaces leave words and search results
-- as they were and make the parse linear. PostgreSQL 15 cannot change a
-- generated column's expression in place, so the column and its index are made again.
DROP INDEX "article_versions_search_vector_idx";
ALTER TABLE "article_versions" DROP COLUMN "search_vector";
ALTER TABLE "article_versions" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('english', translate("text", '_', ' '))) STORED;
CREATE INDEX "article_versions_search_vector_idx" ON "article_versions" USING GIN ("search_vector");
