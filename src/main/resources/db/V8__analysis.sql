-- Looking across the library: region annotations are found by their division code, the value of
-- their 'gazetteer' attribute, when a table rolls them up to provinces, prefectures or counties.
-- See docs/decisions/0019-looking-across-the-library.md.

CREATE INDEX annotation_attributes_by_name ON annotation_attributes (name, value);
