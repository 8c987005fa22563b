-- Member import (issue 4): ix_member_skill_skill is paid for by every skill row an import writes (about 67,000 for a
-- 100,000-row list, in one transaction), and the only query that filters on the skill is the skill list's usage count
-- in Settings, which a pass over member_skill answers in milliseconds. Lookups by member use the primary key
-- (member_id, skill) and the foreign key's index.
DROP INDEX ix_member_skill_skill;
