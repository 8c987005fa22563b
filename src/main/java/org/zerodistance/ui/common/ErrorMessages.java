package org.zerodistance.ui.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zerodistance.domain.DomainException;
import org.zerodistance.i18n.Messages;

/** Turns any failure into words for the clerk; unexpected ones are logged here, once. */
public final class ErrorMessages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMessages.class);

    private ErrorMessages() {
    }

    public static String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DomainException refused) {
                return Messages.get(refused.messageKey(), refused.args());
            }
        }
        LOG.error("Unexpected failure", error);
        return Messages.get("error.unexpected");
    }
}
