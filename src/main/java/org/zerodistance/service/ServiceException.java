package org.zerodistance.service;

import org.zerodistance.domain.DomainException;

/** Work refused or failed for a reason the user can act on; carries a message key and its arguments. */
public class ServiceException extends DomainException {

    public ServiceException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
