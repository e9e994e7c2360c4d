-- The codebook and the annotations that carry its codes. See
-- docs/decisions/0007-codebook-and-annotations.md. The default codebook is seeded by the same
-- migration, in the same transaction, from com/flagmark/library/codebook-default.yaml.

-- A tree of codes. Ids are never reused (AUTOINCREMENT), and an undone deletion writes a code
-- back with its old id. A parent is never deleted before its children, so no cascade here: a
-- slip in the code cannot silently take a subtree with it.
CREATE TABLE codes (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    parent_id    INTEGER REFERENCES codes (id),
    name         TEXT    NOT NULL CHECK (trim(name) <> '' AND instr(name, '/') = 0),
    english_name TEXT    NOT NULL,
    colour       TEXT    NOT NULL CHECK (colour GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'),
    shortcut     TEXT,   -- the key that applies the code, such as '1'
    description  TEXT    NOT NULL,
    codable      INTEGER NOT NULL CHECK (codable IN (0, 1)), -- 0: a category that only groups codes
    position     INTEGER NOT NULL CHECK (position >= 0)      -- its place among its siblings, from 0
);

-- A name is unique among its siblings (roots are siblings too: ids start at 1, so 0 stands for
-- "no parent"), so that a path such as 措施/亮旗评比 names one code.
CREATE UNIQUE INDEX codes_by_sibling_name ON codes (coalesce(parent_id, 0), name);
-- A key applies one code.
CREATE UNIQUE INDEX codes_by_shortcut ON codes (shortcut) WHERE shortcut IS NOT NULL;

-- The typed attributes annotations with a code carry, in the order they are shown.
CREATE TABLE code_attributes (
    code_id       INTEGER NOT NULL REFERENCES codes (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL CHECK (position >= 0),
    name          TEXT    NOT NULL,
    label         TEXT    NOT NULL,
    english_label TEXT    NOT NULL,
    type          TEXT    NOT NULL CHECK (type IN ('text', 'number', 'choice', 'date')),
    choices       TEXT    NOT NULL CHECK (json_valid(choices)), -- a JSON array of strings
    PRIMARY KEY (code_id, position),
    UNIQUE (code_id, name)
) WITHOUT ROWID;

-- The words that suggest a code in a text, in order.
CREATE TABLE code_cues (
    code_id  INTEGER NOT NULL REFERENCES codes (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    cue      TEXT    NOT NULL,
    PRIMARY KEY (code_id, position)
) WITHOUT ROWID;

-- A coded passage. Offsets count code points of the article's canonical text; exact, prefix and
-- suffix are the W3C TextQuoteSelector. An orphaned annotation's passage is gone from a
-- re-cleaned text: it keeps its last anchor and is flagged, never dropped.
CREATE TABLE annotations (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset   INTEGER NOT NULL CHECK (end_offset > start_offset),
    exact        TEXT    NOT NULL,
    prefix       TEXT    NOT NULL,
    suffix       TEXT    NOT NULL,
    note         TEXT    NOT NULL,
    coder        TEXT    NOT NULL,
    created      TEXT    NOT NULL, -- ISO 8601 instant in UTC, to the millisecond
    modified     TEXT    NOT NULL,
    orphaned     INTEGER NOT NULL CHECK (orphaned IN (0, 1))
);

CREATE INDEX annotations_by_article ON annotations (article_id, start_offset, end_offset);

-- The codes of an annotation, in the order they were applied, each at most once. A code in use
-- cannot be deleted (no cascade): the codebook first reassigns or removes it.
CREATE TABLE annotation_codes (
    annotation_id INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL CHECK (position >= 0),
    code_id       INTEGER NOT NULL REFERENCES codes (id),
    PRIMARY KEY (annotation_id, position),
    UNIQUE (annotation_id, code_id)
) WITHOUT ROWID;

CREATE INDEX annotation_codes_by_code ON annotation_codes (code_id);

-- The values of an annotation's attributes, by name, as the user wrote them.
CREATE TABLE annotation_attributes (
    annotation_id INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
    name          TEXT    NOT NULL,
    value         TEXT    NOT NULL,
    PRIMARY KEY (annotation_id, name)
) WITHOUT ROWID;
