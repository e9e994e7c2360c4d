-- Metadata a user stated: corrected by hand, or given at import (an option such as --source, or
-- a folder or file name such as 2023-01-31/ or 潍坊日报/), kept apart from what the cleaner read,
-- so that cleaning an article again (which rewrites the columns of articles) cannot erase it. Every read
-- of an article's metadata goes through articles_read, which lays the corrections over the
-- cleaned values. See docs/decisions/0024-metadata-corrections-and-import-time-source-and-date.md.

CREATE TABLE article_corrections (
    article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    field        TEXT    NOT NULL CHECK (field IN ('title', 'date', 'source', 'authors', 'url')),
    value        TEXT,   -- NULL: the user says the article has none; authors one name a line
    origin       TEXT    NOT NULL CHECK (origin IN ('user', 'option', 'name')), -- by hand, an import's option, a name
    corrected_at TEXT    NOT NULL, -- ISO 8601 instant in UTC
    PRIMARY KEY (article_id, field)
) WITHOUT ROWID;

-- The articles as a user reads them: a corrected field stands over the cleaned one. date_key
-- is the date as the source's own clock shows it (the ISO value without its zone offset).
CREATE VIEW articles_read AS
SELECT a.id, a.file_id, a.story_index, a.story_count, a.fingerprint,
       CASE WHEN t.field IS NULL THEN a.title ELSE t.value END AS title,
       a.kicker,
       CASE WHEN d.field IS NULL THEN a.date_iso ELSE d.value END AS date_iso,
       CASE WHEN d.field IS NULL THEN a.date_key ELSE substr(d.value, 1, 19) END AS date_key,
       CASE WHEN s.field IS NULL THEN a.source ELSE s.value END AS source,
       CASE WHEN u.field IS NULL THEN a.url ELSE u.value END AS url,
       a.block_kinds, a.text
FROM articles a
LEFT JOIN article_corrections t ON t.article_id = a.id AND t.field = 'title'
LEFT JOIN article_corrections d ON d.article_id = a.id AND d.field = 'date'
LEFT JOIN article_corrections s ON s.article_id = a.id AND s.field = 'source'
LEFT JOIN article_corrections u ON u.article_id = a.id AND u.field = 'url';

-- A corrected title is searched as the article's title: the index beside the file follows.
CREATE TRIGGER search_log_title_corrected AFTER INSERT ON article_corrections
WHEN NEW.field = 'title'
BEGIN
    INSERT INTO search_log (article_id) VALUES (NEW.article_id);
END;

CREATE TRIGGER search_log_title_recorrected AFTER UPDATE ON article_corrections
WHEN NEW.field = 'title'
BEGIN
    INSERT INTO search_log (article_id) VALUES (NEW.article_id);
END;

CREATE TRIGGER search_log_title_uncorrected AFTER DELETE ON article_corrections
WHEN OLD.field = 'title'
BEGIN
    INSERT INTO search_log (article_id) VALUES (OLD.article_id);
END;
