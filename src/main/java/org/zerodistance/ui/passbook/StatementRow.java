package org.zerodistance.ui.passbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.zerodistance.domain.PassbookEntry;

/** A row of the statement table: an entry (with its entry), a quarter subtotal or the total (entry null). */
public record StatementRow(Type type, PassbookEntry entry, LocalDate date, String kind, String description, BigDecimal hours,
                           BigDecimal points, BigDecimal balance) {

    /** What the row shows. */
    public enum Type { ENTRY, SUBTOTAL, TOTAL }
}
