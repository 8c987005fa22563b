-- Member import (issue 4): every index on member is paid for by each of the 100,000 rows of an import, in one H2
-- transaction (measured: the write cost roughly doubled from two to six secondary indexes). Two indexes go:
-- ix_member_registration (community_id, registration_date) was read by no query; ix_member_figures is folded into
-- ix_member_community, which keeps its leading columns, so the members list (community_id, archived, name) still reads
-- its first rows in index order and the quarter figures still read every column they need from the index alone.
DROP INDEX ix_member_registration;
DROP INDEX ix_member_figures;
DROP INDEX ix_member_community;
CREATE INDEX ix_member_community ON member (community_id, archived, name, registration_date, status, status_date);
