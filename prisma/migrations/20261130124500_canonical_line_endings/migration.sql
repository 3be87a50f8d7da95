-- Hand-written: no schema change. Text pasted before intake made every text canonical
-- (lib/articles/canonical-text.ts) may hold CR characters: a browser submits a
-- textarea's line breaks as CRLF. The reading view never shows a CR (the HTML parser
-- turns CRLF into LF), so a selection's offsets, counted in the view, missed one unit
-- per CRLF above them and claims landed on the wrong words. This rewrites each such
-- version's text with LF breaks, and moves the offsets that index into it (anchored
-- claims and suggestion decisions) in the same transaction: an offset loses one unit
-- for each CR of a CRLF before it. A lone CR becomes LF, which moves nothing.
-- Offsets are UTF-16 code units while PostgreSQL counts code points, so each piece's
-- length adds one unit per character outside the Basic Multilingual Plane.
-- Orphaned claims keep offsets into an older text (a hint for re-attaching), so only
-- their quote and context are rewritten. The other canonical rules (NFC, invisible
-- characters, blank lines) change nothing the reading view counts differently, so
-- stored versions keep them as they are.
CREATE FUNCTION pg_temp.sb_lf(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
  SELECT replace(replace(t, E'\r\n', E'\n'), E'\r', E'\n')
$fn$;

DO $do$
DECLARE
  v record;
  pieces text[];
  removed int[];
  decisions suggestion_decisions[];
  pos int;
  i int;
BEGIN
  FOR v IN SELECT id, text FROM article_versions WHERE strpos(text, E'\r') > 0 ORDER BY id FOR UPDATE LOOP
    pieces := string_to_array(v.text, E'\r');
    removed := '{}';
    pos := 0;
    FOR i IN 1 .. cardinality(pieces) - 1 LOOP
      pos := pos + char_length(pieces[i])
        + (char_length(pieces[i]) - char_length(regexp_replace(pieces[i], '[\U00010000-\U0010FFFF]', '', 'g')));
      IF left(pieces[i + 1], 1) = E'\n' THEN
        removed := removed || pos;
      END IF;
      pos := pos + 1;
    END LOOP;

    UPDATE claims c SET
      start = c.start - (SELECT count(*) FROM unnest(removed) r WHERE r < c.start)::int,
      "end" = c."end" - (SELECT count(*) FROM unnest(removed) r WHERE r < c."end")::int,
      exact = pg_temp.sb_lf(c.exact), prefix = pg_temp.sb_lf(c.prefix), suffix = pg_temp.sb_lf(c.suffix)
    WHERE c.version_id = v.id AND c.anchor_status = 'anchored';
    UPDATE claims c SET exact = pg_temp.sb_lf(c.exact), prefix = pg_temp.sb_lf(c.prefix), suffix = pg_temp.sb_lf(c.suffix)
    WHERE c.version_id = v.id AND c.anchor_status <> 'anchored';
    -- Re-inserted rather than updated in place: two decisions that only a CR told apart
    -- become one, and an in-place update would stop at the unique key instead.
    SELECT coalesce(array_agg(d), '{}') INTO decisions FROM suggestion_decisions d WHERE d.version_id = v.id;
    DELETE FROM suggestion_decisions WHERE version_id = v.id;
    INSERT INTO suggestion_decisions (id, team_id, version_id, start, "end", decision, created_at)
      SELECT d.id, d.team_id, d.version_id,
        d.start - (SELECT count(*) FROM unnest(removed) r WHERE r < d.start)::int,
        d."end" - (SELECT count(*) FROM unnest(removed) r WHERE r < d."end")::int,
        d.decision, d.created_at
      FROM unnest(decisions) d
    ON CONFLICT DO NOTHING;
    UPDATE article_versions SET text = pg_temp.sb_lf(v.text) WHERE id = v.id;
  END LOOP;
END
$do$;

-- Quotes of claims on versions that had no CR may still carry one (they were cut from an
-- older text); they are compared with the text when re-anchoring, so they follow too.
UPDATE claims SET exact = pg_temp.sb_lf(exact), prefix = pg_temp.sb_lf(prefix), suffix = pg_temp.sb_lf(suffix)
WHERE strpos(exact || prefix || suffix, E'\r') > 0;
