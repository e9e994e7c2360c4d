-- The first Flagmark library: imported files with their raw bytes, the articles read from
-- them, their authors, and the full-text index. See docs/decisions/0002-library-schema.md.

-- 'FLMK': tells a Flagmark library from any other SQLite file.
PRAGMA application_id = 1179405643;

CREATE TABLE files (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    path        TEXT    NOT NULL,
    sha256      TEXT    NOT NULL UNIQUE,
    size        INTEGER NOT NULL CHECK (size >= 0),
    format      TEXT,
    charset     TEXT,
    imported_at TEXT    NOT NULL -- ISO 8601 instant in UTC
);

-- Kept apart from files so that listing files never pages through their bytes.
CREATE TABLE file_bytes (
    file_id     INTEGER PRIMARY KEY REFERENCES files (id) ON DELETE CASCADE,
    compression TEXT    NOT NULL CHECK (compression IN ('none', 'zlib')),
    bytes       BLOB    NOT NULL
);

CREATE TABLE articles (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    file_id     INTEGER NOT NULL REFERENCES files (id),
    story_index INTEGER NOT NULL CHECK (story_index >= 1),
    story_count INTEGER NOT NULL CHECK (story_count >= story_index),
    fingerprint TEXT    NOT NULL UNIQUE,
    title       TEXT,
    kicker      TEXT,
    date_iso    TEXT,   -- as precise as the source: 2023-02-14, 2021-12-08T10:18:31 or with +08:00
    date_key    TEXT,   -- the source's own wall-clock date and time, sortable as text
    source      TEXT,
    url         TEXT,
    block_kinds TEXT    NOT NULL, -- one kind id per line of text, comma-separated
    text        TEXT    NOT NULL  -- the canonical text: blocks joined with a line feed
);

CREATE INDEX articles_by_file ON articles (file_id);
CREATE INDEX articles_by_date ON articles (date_key);
CREATE INDEX articles_by_source ON articles (source);

CREATE TABLE article_authors (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 0),
    name       TEXT    NOT NULL,
    role       TEXT,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;

-- Title, kicker and body as search tokens (every Han character a token of its own, Latin and
-- digit runs whole, folded to lower case) separated by spaces. See
-- docs/decisions/0003-search-tokenizer.md. The rowid is the article id.
CREATE VIRTUAL TABLE article_search USING fts5 (
    title, kicker, body,
    content = '', contentless_delete = 1, tokenize = 'ascii'
);

-- Best first: a hit in the title counts ten times one in the body, one in the kicker four times.
INSERT INTO article_search (article_search, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0)');
