-- The library's identity: random, made once when the schema reaches this version, never
-- changed. Exchange formats derive their identifiers from it (REFI-QDA GUIDs), so the same
-- library gives the same identifiers on every export and two libraries never share one.
CREATE TABLE library_identity (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    identity TEXT    NOT NULL CHECK (length(identity) = 32)
);
INSERT INTO library_identity (id, identity) VALUES (1, lower(hex(randomblob(16))));
