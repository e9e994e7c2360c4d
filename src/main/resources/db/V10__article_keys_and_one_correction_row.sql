-- Reading corrected metadata cheaply. See docs/decisions/0028-article-keys-kept-on-write.md.
--
-- 1. One row of corrections per article, a pair of columns per field: the value and its origin.
--    A NULL origin says the field is not corrected (the cleaned value shows); a set origin with a
--    NULL value says the user stated that the article has none. articles_read joins it once.
-- 2. article_keys: the title, date key and source of every article as the user reads them
--    (corrections laid over the cleaned values), kept by triggers on every write to articles and
--    to article_corrections, with the indexes the list sorts and filters by. The list, the
--    search's filter and the analysis read it, so a library with corrections is listed as fast
--    as one without.

DROP VIEW articles_read;
DROP TRIGGER search_log_title_corrected;
DROP TRIGGER search_log_title_recorrected;
DROP TRIGGER search_log_title_uncorrected;
ALTER TABLE article_corrections RENAME TO article_corrections_v9;

CREATE TABLE article_corrections (
    article_id     INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    title          TEXT,
    title_origin   TEXT CHECK (title_origin IN ('user', 'option', 'name')),
    date           TEXT, -- ISO 8601 as ArticleDate writes it
    date_origin    TEXT CHECK (date_origin IN ('user', 'option', 'name')),
    source         TEXT,
    source_origin  TEXT CHECK (source_origin IN ('user', 'option', 'name')),
    authors        TEXT, -- one name a line
    authors_origin TEXT CHECK (authors_origin IN ('user', 'option', 'name')),
    url            TEXT,
    url_origin     TEXT CHECK (url_origin IN ('user', 'option', 'name')),
    corrected_at   TEXT NOT NULL -- ISO 8601 instant in UTC of the latest correction of the article
);

INSERT INTO article_corrections (article_id, title, title_origin, date, date_origin, source, source_origin,
                                 authors, authors_origin, url, url_origin, corrected_at)
SELECT article_id,
       max(CASE WHEN field = 'title' THEN value END), max(CASE WHEN field = 'title' THEN origin END),
       max(CASE WHEN field = 'date' THEN value END), max(CASE WHEN field = 'date' THEN origin END),
       max(CASE WHEN field = 'source' THEN value END), max(CASE WHEN field = 'source' THEN origin END),
       max(CASE WHEN field = 'authors' THEN value END), max(CASE WHEN field = 'authors' THEN origin END),
       max(CASE WHEN field = 'url' THEN value END), max(CASE WHEN field = 'url' THEN origin END),
       max(corrected_at)
FROM article_corrections_v9
GROUP BY article_id;

DROP TABLE article_corrections_v9;

-- The articles as a user reads them: a corrected field stands over the cleaned one. date_key
-- is the date as the source's own clock shows it (the ISO value without its zone offset).
CREATE VIEW articles_read AS
SELECT a.id, a.file_id, a.story_index, a.story_count, a.fingerprint,
       CASE WHEN c.title_origin IS NULL THEN a.title ELSE c.title END AS title,
       a.kicker,
       CASE WHEN c.date_origin IS NULL THEN a.date_iso ELSE c.date END AS date_iso,
       CASE WHEN c.date_origin IS NULL THEN a.date_key ELSE substr(c.date, 1, 19) END AS date_key,
       CASE WHEN c.source_origin IS NULL THEN a.source ELSE c.source END AS source,
       CASE WHEN c.url_origin IS NULL THEN a.url ELSE c.url END AS url,
       a.block_kinds, a.text
FROM articles a
LEFT JOIN article_corrections c ON c.article_id = a.id;

-- A corrected title is searched as the article's title: the index beside the file follows.
CREATE TRIGGER search_log_title_corrected AFTER INSERT ON article_corrections
WHEN NEW.title_origin IS NOT NULL
BEGIN
    INSERT INTO search_log (article_id) VALUES (NEW.article_id);
END;

CREATE TRIGGER search_log_title_recorrected AFTER UPDATE ON article_corrections
WHEN NEW.title_origin IS NOT NULL OR OLD.title_origin IS NOT NULL
BEGIN
    INSERT INTO search_log (article_id) VALUES (NEW.article_id);
END;

CREATE TRIGGER search_log_title_uncorrected AFTER DELETE ON article_corrections
WHEN OLD.title_origin IS NOT NULL
BEGIN
    INSERT INTO search_log (article_id) VALUES (OLD.article_id);
END;

-- What the list and the analysis sort, filter and bin an article by, as the user reads it.
CREATE TABLE article_keys (
    id       INTEGER PRIMARY KEY,
    title    TEXT,
    date_key TEXT,
    source   TEXT
);

INSERT INTO article_keys (id, title, date_key, source) SELECT id, title, date_key, source FROM articles_read;

CREATE INDEX article_keys_by_title ON article_keys (title, id);
CREATE INDEX article_keys_by_date ON article_keys (date_key, id);
CREATE INDEX article_keys_by_source ON article_keys (source, id);

-- The list no longer reads these columns of articles: their indexes would only slow the import.
DROP INDEX articles_by_title;
DROP INDEX articles_by_date;
DROP INDEX articles_by_source;

CREATE TRIGGER article_keys_insert AFTER INSERT ON articles
BEGIN
    INSERT OR REPLACE INTO article_keys (id, title, date_key, source)
    SELECT id, title, date_key, source FROM articles_read WHERE id = NEW.id;
END;

CREATE TRIGGER article_keys_update AFTER UPDATE OF title, date_key, source ON articles
BEGIN
    INSERT OR REPLACE INTO article_keys (id, title, date_key, source)
    SELECT id, title, date_key, source FROM articles_read WHERE id = NEW.id;
END;

CREATE TRIGGER article_keys_delete AFTER DELETE ON articles
BEGIN
    DELETE FROM article_keys WHERE id = OLD.id;
END;

-- A correction's article may be gone already (a deleted article's corrections go with it), so the
-- row is taken out first and put back only if the article is still there.
CREATE TRIGGER article_keys_corrected AFTER INSERT ON article_corrections
BEGIN
    DELETE FROM article_keys WHERE id = NEW.article_id;
    INSERT INTO article_keys (id, title, date_key, source)
    SELECT id, title, date_key, source FROM articles_read WHERE id = NEW.article_id;
END;

CREATE TRIGGER article_keys_recorrected AFTER UPDATE ON article_corrections
BEGIN
    DELETE FROM article_keys WHERE id = NEW.article_id;
    INSERT INTO article_keys (id, title, date_key, source)
    SELECT id, title, date_key, source FROM articles_read WHERE id = NEW.article_id;
END;

CREATE TRIGGER article_keys_uncorrected AFTER DELETE ON article_corrections
BEGIN
    DELETE FROM article_keys WHERE id = OLD.article_id;
    INSERT INTO article_keys (id, title, date_key, source)
    SELECT id, title, date_key, source FROM articles_read WHERE id = OLD.article_id;
END;
