package org.zerodistance.persistence;

import static org.zerodistance.persistence.jooq.Tables.AUDIT_LOG;

import java.util.List;
import org.jooq.DSLContext;
import org.zerodistance.domain.AuditEntry;

/** The audit log: appended, never changed. */
public final class AuditRepository {

    public void append(DSLContext ctx, String operator, AuditEntry.Action action, String entity, Long entityId, String summary) {
        ctx.insertInto(AUDIT_LOG, AUDIT_LOG.OPERATOR, AUDIT_LOG.ACTION, AUDIT_LOG.ENTITY, AUDIT_LOG.ENTITY_ID, AUDIT_LOG.SUMMARY)
                .values(operator, action.name(), entity, entityId, summary)
                .execute();
    }

    public List<AuditEntry> latest(DSLContext ctx, int limit) {
        return ctx.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID.desc()).limit(limit)
                .fetch(r -> new AuditEntry(r.getId(), r.getOccurredAt().toInstant(), r.getOperator(),
                        AuditEntry.Action.valueOf(r.getAction()), r.getEntity(), r.getEntityId(), r.getSummary()));
    }

}
