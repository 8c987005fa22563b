package org.zerodistance.service;

import java.util.List;
import org.zerodistance.domain.ImportedMember;
import org.zerodistance.domain.RegisteredMember;

/** What an import does (or did) with every non-blank row of the file, for one community. */
public record ImportPlan(ImportLayout layout, long communityId, String communityName, List<Row> rows) {

    /** The outcome of a row. */
    public enum Outcome { NEW, UPDATE, UNCHANGED, REJECTED }

    /**
     * One row: its number as Excel shows it, the cells as read, the member it gives (null when it could not be read
     * as one), the stored member it matches (or null), its outcome and, when rejected, the reason (key + arguments).
     */
    public record Row(int number, List<String> cells, ImportedMember member, RegisteredMember existing,
                      Outcome outcome, String reasonKey, Object[] reasonArgs) {

        public Row {
            cells = List.copyOf(cells);
        }

        static Row rejected(int number, List<String> cells, ImportedMember member, String key, Object... args) {
            return new Row(number, cells, member, null, Outcome.REJECTED, key, args);
        }

        /** The same row with its outcome decided against what is stored. */
        Row classified(RegisteredMember stored, Outcome outcome, String key, Object... args) {
            return new Row(number, cells, member, stored, outcome, key, args);
        }
    }

    public ImportPlan {
        rows = List.copyOf(rows);
    }

    /** Non-blank data rows read. */
    public int rowsRead() {
        return rows.size();
    }

    public long count(Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    public List<Row> rejectedRows() {
        return rows.stream().filter(r -> r.outcome() == Outcome.REJECTED).toList();
    }
}
