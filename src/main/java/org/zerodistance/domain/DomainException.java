package org.zerodistance.domain;

import java.util.List;

/** A rule of the programme was broken; carries a message key and its arguments for the user. */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> args;

    public DomainException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
