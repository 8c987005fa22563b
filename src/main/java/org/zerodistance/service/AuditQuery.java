package org.zerodistance.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A filter on the audit log: dates inclusive (null: open), operator and entity (null or blank: any). */
public record AuditQuery(LocalDate from, LocalDate to, String operator, String entity) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null);
    }

    Instant fromInstant(ZoneId zone) {
        return from == null ? null : from.atStartOfDay(zone).toInstant();
    }

    /** The end of the {@code to} day (exclusive bound). */
    Instant toInstant(ZoneId zone) {
        return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
