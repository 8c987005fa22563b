package org.zerodistance.domain;

import java.time.Instant;

/** One line of the audit log: who changed what and when. */
public record AuditEntry(long id, Instant occurredAt, String operator, Action action, String entity, Long entityId, String summary) {

    /** What was done to the entity. */
    public enum Action { CREATE, UPDATE, ARCHIVE, RESTORE, DELETE, REVEAL, IMPORT, TRANSFER }
}
