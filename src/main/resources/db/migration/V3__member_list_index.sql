-- Members and households (issue 3): the Members screen shows its first rows of all communities at once, read in
-- this index's order (the per-community list uses ix_member_community).
CREATE INDEX ix_member_archived_name ON member (archived, name);
