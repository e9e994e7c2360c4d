-- Suggestions: what the suggestion pass proposed for each article, cached with what it was
-- computed from, and what reviewers rejected, so that it is never proposed again. See
-- docs/decisions/0018-suggestions-stored-and-reviewed.md.

-- What an article's suggestions were computed from. Its suggestions are current while the
-- article's text, the codebook's cue words and codes, and the engine are the same; otherwise they
-- are computed again and swapped in whole, in one transaction with this row.
CREATE TABLE suggestion_runs (
    article_id   INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    fingerprint  TEXT    NOT NULL, -- the fingerprint of the article's text, as the articles table holds it
    cues_version TEXT    NOT NULL, -- a hash of the codebook's codes, their paths and cue words
    engine       TEXT    NOT NULL, -- the suggestion pass's version
    computed     TEXT    NOT NULL  -- ISO 8601 instant in UTC
);

-- The suggestions of an article, in text order. Ids are not kept across a recomputation.
CREATE TABLE suggestions (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES suggestion_runs (article_id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset   INTEGER NOT NULL CHECK (end_offset > start_offset),
    exact        TEXT    NOT NULL,
    code         TEXT    NOT NULL, -- the code's path, such as 地区 or 措施/约谈问责
    attributes   TEXT    NOT NULL CHECK (json_valid(attributes)), -- a JSON object of strings
    evidence     TEXT    NOT NULL CHECK (json_valid(evidence)),   -- a JSON object of strings
    tier         TEXT    NOT NULL CHECK (tier IN ('high', 'low')),
    candidates   TEXT    NOT NULL CHECK (json_valid(candidates)), -- a JSON array of divisions
    target       INTEGER NOT NULL CHECK (target IN (0, 1))
);

CREATE INDEX suggestions_by_article ON suggestions (article_id, start_offset, end_offset);

-- Rejected suggestions. The article is named by id and by the fingerprint of its text, so a
-- rejection outlives the article's deletion and applies again when the same text is imported
-- anew; the passage is an anchor, found again by its quote in a text cleaned anew.
CREATE TABLE suggestion_rejections (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id   INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    fingerprint  TEXT    NOT NULL,
    start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset   INTEGER NOT NULL CHECK (end_offset > start_offset),
    exact        TEXT    NOT NULL,
    prefix       TEXT    NOT NULL,
    suffix       TEXT    NOT NULL,
    code         TEXT    NOT NULL,
    created      TEXT    NOT NULL
);

CREATE INDEX suggestion_rejections_by_article ON suggestion_rejections (article_id);
CREATE INDEX suggestion_rejections_by_fingerprint ON suggestion_rejections (fingerprint);

-- Library-wide rules: never suggest this text as this code (or a code below it).
CREATE TABLE suggestion_rules (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    exact   TEXT NOT NULL CHECK (trim(exact) <> ''),
    code    TEXT NOT NULL CHECK (trim(code) <> ''),
    created TEXT NOT NULL,
    UNIQUE (exact, code)
);
