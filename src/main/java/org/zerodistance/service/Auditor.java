package org.zerodistance.service;

import org.jooq.DSLContext;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.persistence.AuditRepository;

/** Writes audit entries in the caller's transaction, stamped with the current operator. */
public final class Auditor {

    private final SettingsService settings;
    private final AuditRepository repository = new AuditRepository();

    public Auditor(SettingsService settings) {
        this.settings = settings;
    }

    /** Records {@code action} on {@code entity}; {@code summary} must not hold ID numbers or phones in clear. */
    public void record(DSLContext ctx, AuditEntry.Action action, String entity, Long entityId, String summary) {
        repository.append(ctx, settings.operator(), action, entity, entityId, summary);
    }

    public String operator() {
        return settings.operator();
    }
}
