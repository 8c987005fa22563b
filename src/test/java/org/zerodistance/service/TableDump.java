package org.zerodistance.service;

import java.util.Comparator;
import org.jooq.Record;
import org.jooq.Table;
import org.zerodistance.persistence.Database;

/** Every row of every table as text, to compare two databases for identical data. */
final class TableDump {

    private TableDump() {
    }

    static String of(Database database) {
        return dump(database, false);
    }

    /** The dump without the audit entries a restore writes. */
    static String withoutRestoreEntries(Database database) {
        return dump(database, true);
    }

    private static String dump(Database database, boolean skipRestoreEntries) {
        return database.read(ctx -> {
            StringBuilder text = new StringBuilder();
            var tables = ctx.meta().getSchemas("PUBLIC").get(0).getTables().stream()
                    .sorted(Comparator.comparing(Table::getName)).toList();
            for (Table<?> table : tables) {
                text.append("## ").append(table.getName()).append('\n');
                for (Record row : ctx.selectFrom(table).orderBy(table.fields()[0]).fetch()) {
                    if (skipRestoreEntries && table.getName().equalsIgnoreCase("AUDIT_LOG")
                            && "RESTORE".equals(row.get("ACTION"))) {
                        continue;
                    }
                    text.append(row.intoList()).append('\n');
                }
            }
            return text.toString();
        });
    }
}
