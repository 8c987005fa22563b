package org.zerodistance.spreadsheet;

import org.zerodistance.domain.DomainException;

/** A file that cannot be read as a whole (corrupt, encrypted, a bomb, …): refused, with a message key saying why. */
public final class SpreadsheetException extends DomainException {

    public SpreadsheetException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    /** Same, keeping the low-level cause for the log. */
    public static SpreadsheetException because(Throwable cause, String messageKey, Object... args) {
        SpreadsheetException e = new SpreadsheetException(messageKey, args);
        e.initCause(cause);
        return e;
    }
}
