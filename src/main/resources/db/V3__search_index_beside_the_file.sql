-- Full-text search moves from FTS5 to a Lucene index in a folder beside the library file
-- (library.sqlite-search), with two-character words inside runs of Han characters. See
-- docs/decisions/0017-search-index-beside-the-library.md.

DROP TABLE article_search;

-- Every change to an article's searchable text, in order: written by the triggers below in the
-- same transaction as the change, so the index beside the file can always catch up with what
-- was committed here, however a program ended. Rows are never deleted; a rebuilt index reads
-- the log from its start.
CREATE TABLE search_log (
    seq        INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL
);

CREATE TRIGGER search_log_insert AFTER INSERT ON articles
BEGIN
    INSERT INTO search_log (article_id) VALUES (NEW.id);
END;

CREATE TRIGGER search_log_update AFTER UPDATE OF title, kicker, text ON articles
BEGIN
    INSERT INTO search_log (article_id) VALUES (NEW.id);
END;

CREATE TRIGGER search_log_delete AFTER DELETE ON articles
BEGIN
    INSERT INTO search_log (article_id) VALUES (OLD.id);
END;

-- The articles already in the library are indexed again, as if each had just been imported.
INSERT INTO search_log (article_id) SELECT id FROM articles ORDER BY id;
