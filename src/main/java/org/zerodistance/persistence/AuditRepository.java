package org.zerodistance.persistence;

import static org.zerodistance.persistence.jooq.Tables.AUDIT_LOG;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.persistence.jooq.tables.records.AuditLogRecord;

/** The audit log: appended, never changed. */
public final class AuditRepository {

    public void append(DSLContext ctx, String operator, AuditEntry.Action action, String entity, Long entityId, String summary) {
        ctx.insertInto(AUDIT_LOG, AUDIT_LOG.OPERATOR, AUDIT_LOG.ACTION, AUDIT_LOG.ENTITY, AUDIT_LOG.ENTITY_ID, AUDIT_LOG.SUMMARY)
                .values(operator, action.name(), entity, entityId, summary)
                .execute();
    }

    public List<AuditEntry> latest(DSLContext ctx, int limit) {
        return ctx.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID.desc()).limit(limit).fetch(AuditRepository::toDomain);
    }

    /**
     * Entries matching the filter, newest first, at most {@code limit}. {@code from} is inclusive, {@code to}
     * exclusive; null bounds and blank operator/entity match everything.
     */
    public List<AuditEntry> search(DSLContext ctx, Instant from, Instant to, String operator, String entity, int limit) {
        return ctx.selectFrom(AUDIT_LOG).where(matching(from, to, operator, entity))
                .orderBy(AUDIT_LOG.OCCURRED_AT.desc(), AUDIT_LOG.ID.desc()).limit(limit)
                .fetch(AuditRepository::toDomain);
    }

    public int count(DSLContext ctx, Instant from, Instant to, String operator, String entity) {
        return ctx.fetchCount(AUDIT_LOG, matching(from, to, operator, entity));
    }

    /** Streams every matching entry, oldest first, without holding them all in memory (exports). */
    public void forEach(DSLContext ctx, Instant from, Instant to, String operator, String entity, Consumer<AuditEntry> sink) {
        try (Cursor<AuditLogRecord> cursor = ctx.selectFrom(AUDIT_LOG).where(matching(from, to, operator, entity))
                .orderBy(AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.ID).fetchSize(500).fetchLazy()) {
            for (AuditLogRecord row : cursor) {
                sink.accept(toDomain(row));
            }
        }
    }

    /** The operators that appear in the log, sorted. */
    public List<String> operators(DSLContext ctx) {
        return ctx.selectDistinct(AUDIT_LOG.OPERATOR).from(AUDIT_LOG).orderBy(AUDIT_LOG.OPERATOR).fetch(AUDIT_LOG.OPERATOR);
    }

    /** The entity kinds that appear in the log, sorted. */
    public List<String> entities(DSLContext ctx) {
        return ctx.selectDistinct(AUDIT_LOG.ENTITY).from(AUDIT_LOG).orderBy(AUDIT_LOG.ENTITY).fetch(AUDIT_LOG.ENTITY);
    }

    private static Condition matching(Instant from, Instant to, String operator, String entity) {
        List<Condition> conditions = new ArrayList<>();
        if (from != null) {
            conditions.add(AUDIT_LOG.OCCURRED_AT.ge(OffsetDateTime.ofInstant(from, ZoneOffset.UTC)));
        }
        if (to != null) {
            conditions.add(AUDIT_LOG.OCCURRED_AT.lt(OffsetDateTime.ofInstant(to, ZoneOffset.UTC)));
        }
        if (operator != null && !operator.isBlank()) {
            conditions.add(AUDIT_LOG.OPERATOR.eq(operator));
        }
        if (entity != null && !entity.isBlank()) {
            conditions.add(AUDIT_LOG.ENTITY.eq(entity));
        }
        return DSL.and(conditions);
    }

    private static AuditEntry toDomain(AuditLogRecord r) {
        return new AuditEntry(r.getId(), r.getOccurredAt().toInstant(), r.getOperator(),
                AuditEntry.Action.valueOf(r.getAction()), r.getEntity(), r.getEntityId(), r.getSummary());
    }
}
