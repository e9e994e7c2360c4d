-- The regions each article stands for, read by the analysis in one indexed step. See
-- docs/decisions/0033-article-regions-kept-on-write.md.
--
-- article_regions holds, for every article with region annotations (code 地区 or one below it,
-- with a 'gazetteer' attribute), each division those annotations roll up to at each level
-- (province, prefecture, county) through the gazetteer's parent chain: how many annotations
-- count for it, where the first of them starts, and whether it is the article's main region at
-- that level (the one counted most often, ties going to the one that appears first).
--
-- The roll-up follows the gazetteer and the codebook, which SQLite does not hold, so the rows
-- are computed by Flagmark. Triggers mark every article whose region annotations may have
-- changed in article_regions_stale, in the same transaction as the change; the analysis brings
-- the marked articles up to date before it counts. This script marks every article that has
-- annotations, so an existing library's rows are built by the first count after the upgrade.

CREATE TABLE article_regions (
    article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    level        TEXT    NOT NULL CHECK (level IN ('province', 'prefecture', 'county')),
    code         TEXT    NOT NULL, -- GB/T 2260 code of the division at that level
    mentions     INTEGER NOT NULL,
    first_offset INTEGER NOT NULL,
    main         INTEGER NOT NULL CHECK (main IN (0, 1)),
    PRIMARY KEY (article_id, level, code)
) WITHOUT ROWID;

CREATE INDEX article_regions_by_code ON article_regions (level, code, main, article_id);

CREATE TABLE article_regions_stale (
    article_id INTEGER PRIMARY KEY
);

INSERT INTO article_regions_stale (article_id) SELECT DISTINCT article_id FROM annotations;

CREATE TRIGGER article_regions_code_added AFTER INSERT ON annotation_codes
BEGIN
    INSERT OR IGNORE INTO article_regions_stale (article_id)
    SELECT article_id FROM annotations WHERE id = NEW.annotation_id;
END;

CREATE TRIGGER article_regions_code_removed AFTER DELETE ON annotation_codes
BEGIN
    INSERT OR IGNORE INTO article_regions_stale (article_id)
    SELECT article_id FROM annotations WHERE id = OLD.annotation_id;
END;

CREATE TRIGGER article_regions_code_changed AFTER UPDATE ON annotation_codes
BEGIN
    INSERT OR IGNORE INTO article_regions_stale (article_id)
    SELECT article_id FROM annotations WHERE id IN (OLD.annotation_id, NEW.annotation_id);
END;

CREATE TRIGGER article_regions_division_added AFTER INSERT ON annotation_attributes
WHEN NEW.name = 'gazetteer'
BEGIN
    INSERT OR IGNORE INTO article_regions_stale (article_id)
    SELECT article_id FROM annotations WHERE id = NEW.annotation_id;
END;

CREATE TRIGGER article_regions_division_removed AFTER DELETE ON annotation_attributes
WHEN OLD.name = 'gazetteer'
BEGIN
    INSERT OR IGNORE INTO article_regions_stale (article_id)
    SELECT article_id FROM annotations WHERE id = OLD.annotation_id;
END;

CREATE TRIGGER article_regions_division_changed AFTER UPDATE ON annotation_attributes
WHEN OLD.name = 'gazetteer' OR NEW.name = 'gazetteer'
BEGIN
    INSERT OR IGNORE INTO article_regions_stale (article_id)
    SELECT article_id FROM annotations WHERE id IN (OLD.annotation_id, NEW.annotation_id);
END;

-- A removed annotation takes its codes and attributes with it; its article is marked here,
-- where the article is still known.
CREATE TRIGGER article_regions_annotation_removed AFTER DELETE ON annotations
BEGIN
    INSERT OR IGNORE INTO article_regions_stale (article_id) VALUES (OLD.article_id);
END;

-- Re-anchoring moves an annotation: which of an article's regions appears first may change.
CREATE TRIGGER article_regions_annotation_moved AFTER UPDATE OF article_id, start_offset ON annotations
BEGIN
    INSERT OR IGNORE INTO article_regions_stale (article_id) VALUES (OLD.article_id);
    INSERT OR IGNORE INTO article_regions_stale (article_id) VALUES (NEW.article_id);
END;

-- Which codes are region codes follows the codebook: a code renamed to or from 地区, or moved,
-- may change that for every region annotation.
CREATE TRIGGER article_regions_codebook_changed AFTER UPDATE OF name, parent_id ON codes
WHEN OLD.parent_id IS NOT NEW.parent_id OR (OLD.name IS NOT NEW.name AND '地区' IN (OLD.name, NEW.name))
BEGIN
    INSERT OR IGNORE INTO article_regions_stale (article_id) SELECT DISTINCT article_id FROM annotations;
END;
