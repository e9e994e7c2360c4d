-- Each article records the version of the cleaner that made its blocks and text, so a library
-- made by an older cleaner can be found and re-cleaned from its files' stored bytes. See
-- docs/decisions/0020-re-cleaning.md.

-- NULL: the article was not made by the cleaner (its text came whole from an exchange file, such
-- as a REFI-QDA project's source). 1: the cleaner before versions were recorded.
ALTER TABLE articles ADD COLUMN cleaner INTEGER CHECK (cleaner IS NULL OR cleaner >= 1);

UPDATE articles SET cleaner = 1
WHERE file_id IN (SELECT id FROM files WHERE format IN ('html', 'markdown', 'text'));

CREATE INDEX articles_by_cleaner ON articles (cleaner);
