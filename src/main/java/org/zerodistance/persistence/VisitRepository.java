package org.zerodistance.persistence;

import static org.zerodistance.persistence.jooq.Tables.MEMBER;
import static org.zerodistance.persistence.jooq.Tables.VISIT;
import static org.zerodistance.persistence.jooq.Tables.VISIT_MEMBER;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.zerodistance.domain.Texts;
import org.zerodistance.domain.Visit;
import org.zerodistance.domain.VisitDraft;

/** Visits to households and who took part; stateless, works in the caller's transaction. */
public final class VisitRepository {

    /** Inserts the visit and its visitors; returns the visit id. */
    public long insert(DSLContext ctx, VisitDraft draft) {
        long id = ctx.insertInto(VISIT)
                .set(VISIT.HOUSEHOLD_ID, draft.householdId())
                .set(VISIT.PAIRING_ID, draft.pairingId())
                .set(VISIT.VISIT_DATE, draft.date())
                .set(VISIT.NOTE, Texts.clean(draft.note()))
                .returning(VISIT.ID)
                .fetchOne(VISIT.ID);
        var insert = ctx.insertInto(VISIT_MEMBER, VISIT_MEMBER.VISIT_ID, VISIT_MEMBER.MEMBER_ID);
        for (Long memberId : draft.memberIds()) {
            insert = insert.values(id, memberId);
        }
        insert.execute();
        return id;
    }

    /** A household's visits, latest first, with the visitors' names. */
    public List<Visit> listByHousehold(DSLContext ctx, long householdId) {
        return list(ctx, VISIT.HOUSEHOLD_ID.eq(householdId));
    }

    /** The visits matching {@code where} (on {@code visit}), latest first, with the visitors' names. */
    public List<Visit> list(DSLContext ctx, Condition where) {
        Map<Long, List<Visit.Visitor>> visitors = new LinkedHashMap<>();
        ctx.select(VISIT_MEMBER.VISIT_ID, MEMBER.ID, MEMBER.NAME)
                .from(VISIT_MEMBER).join(MEMBER).on(MEMBER.ID.eq(VISIT_MEMBER.MEMBER_ID))
                .where(VISIT_MEMBER.VISIT_ID.in(DSL.select(VISIT.ID).from(VISIT).where(where)))
                .orderBy(VISIT_MEMBER.VISIT_ID, MEMBER.NAME)
                .forEach(r -> visitors.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new Visit.Visitor(r.value2(), r.value3())));
        return ctx.selectFrom(VISIT).where(where).orderBy(VISIT.VISIT_DATE.desc(), VISIT.ID.desc())
                .fetch(r -> new Visit(r.getId(), r.getHouseholdId(), r.getPairingId(), r.getVisitDate(), r.getNote(),
                        visitors.getOrDefault(r.getId(), List.of())));
    }
}
