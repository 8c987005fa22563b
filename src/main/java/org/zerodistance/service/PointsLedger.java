package org.zerodistance.service;

import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.zerodistance.domain.ServiceRecordDraft;
import org.zerodistance.persistence.PointsRuleRepository;
import org.zerodistance.persistence.ServiceRecordRepository;

/**
 * Writes passbook entries inside the caller's transaction. Each entry stores the points it earned, so changing a
 * rule later affects new entries only. Every feature that earns points goes through here.
 */
public final class PointsLedger {

    private final Auditor auditor;
    private final PointsRuleRepository rules = new PointsRuleRepository();
    private final ServiceRecordRepository records = new ServiceRecordRepository();

    public PointsLedger(Auditor auditor) {
        this.auditor = auditor;
    }

    /** Appends {@code draft}; its points come from the kind's rule unless the draft carries its own. Returns the entry id. */
    public long record(DSLContext ctx, ServiceRecordDraft draft) {
        BigDecimal points = draft.points();
        if (points == null) {
            if (!draft.kind().hasRule()) {
                throw new ServiceException("passbook.error.pointsRequired");
            }
            points = rules.find(ctx, draft.kind())
                    .orElseThrow(() -> new ServiceException("passbook.error.noRule", draft.kind().name()))
                    .pointsFor(draft.hours());
        }
        return records.append(ctx, draft, points, auditor.operator());
    }
}
