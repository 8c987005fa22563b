package org.zerodistance.persistence;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.zerodistance.persistence.jooq.Tables.COMMUNITY;
import static org.zerodistance.persistence.jooq.Tables.FUND_ENTRY;
import static org.zerodistance.persistence.jooq.Tables.HELP_RECORD;
import static org.zerodistance.persistence.jooq.Tables.HOUSEHOLD;
import static org.zerodistance.persistence.jooq.Tables.MEMBER;
import static org.zerodistance.persistence.jooq.Tables.PAIRING;
import static org.zerodistance.persistence.jooq.Tables.VISIT;
import static org.zerodistance.persistence.jooq.Tables.VISIT_MEMBER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.zerodistance.domain.Household;
import org.zerodistance.domain.NamedRef;
import org.zerodistance.domain.Pairing;
import org.zerodistance.domain.PairingOverview;
import org.zerodistance.domain.Visit;
import org.zerodistance.domain.VisitDraft;
import org.zerodistance.domain.VisitIntervals;
import org.zerodistance.persistence.jooq.tables.records.PairingRecord;

/** Pairings and the visits that count for them; stateless, works in the caller's transaction. */
public final class PairingRepository {

    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    private final HouseholdRepository households = new HouseholdRepository();
    private final VisitRepository visitRepository = new VisitRepository();

    public long insert(DSLContext ctx, long communityId, long memberId, long householdId, LocalDate startDate) {
        return ctx.insertInto(PAIRING)
                .set(PAIRING.COMMUNITY_ID, communityId)
                .set(PAIRING.MEMBER_ID, memberId)
                .set(PAIRING.HOUSEHOLD_ID, householdId)
                .set(PAIRING.START_DATE, startDate)
                .returning(PAIRING.ID)
                .fetchOne(PAIRING.ID);
    }

    /** Ends an active pairing; returns false when it was already ended (nothing changed). */
    public boolean end(DSLContext ctx, long id, LocalDate endDate, String reason) {
        return ctx.update(PAIRING)
                .set(PAIRING.END_DATE, endDate)
                .set(PAIRING.END_REASON, reason)
                .where(PAIRING.ID.eq(id).and(PAIRING.END_DATE.isNull()))
                .execute() == 1;
    }

    public Optional<Pairing> findById(DSLContext ctx, long id) {
        return ctx.selectFrom(PAIRING).where(PAIRING.ID.eq(id)).fetchOptional(PairingRepository::toDomain);
    }

    /**
     * Locks the member's row until the transaction ends, so that two transactions pairing the same member cannot both
     * see "no active pairing" and both insert one.
     */
    public void lockMember(DSLContext ctx, long memberId) {
        ctx.select(MEMBER.ID).from(MEMBER).where(MEMBER.ID.eq(memberId)).forUpdate().fetch();
    }

    /** The member's active pairing with the household, if any (issue 3's visits link to it). */
    public Optional<Pairing> findActive(DSLContext ctx, long memberId, long householdId) {
        return ctx.selectFrom(PAIRING)
                .where(PAIRING.MEMBER_ID.eq(memberId), PAIRING.HOUSEHOLD_ID.eq(householdId), PAIRING.END_DATE.isNull())
                .orderBy(PAIRING.ID)
                .limit(1)
                .fetchOptional(PairingRepository::toDomain);
    }

    /** The household's active pairings, labelled with the member's name, to link a ledger entry to. */
    public List<NamedRef> activeOfHousehold(DSLContext ctx, long householdId) {
        return ctx.select(PAIRING.ID, MEMBER.NAME, PAIRING.START_DATE).from(PAIRING)
                .join(MEMBER).on(MEMBER.ID.eq(PAIRING.MEMBER_ID))
                .where(PAIRING.HOUSEHOLD_ID.eq(householdId), PAIRING.END_DATE.isNull())
                .orderBy(MEMBER.NAME, PAIRING.ID)
                .fetch(r -> new NamedRef(r.value1(), r.value2() + " (" + r.value3() + ")"));
    }

    /** Pairings of a community (all communities when null), with activity, ordered by member name then start. */
    public List<PairingOverview> overviews(DSLContext ctx, Long communityId, VisitIntervals intervals, LocalDate today) {
        return overviews(ctx, communityId == null ? DSL.noCondition() : PAIRING.COMMUNITY_ID.eq(communityId), intervals, today);
    }

    public List<PairingOverview> overviewsOfHousehold(DSLContext ctx, long householdId, VisitIntervals intervals, LocalDate today) {
        return overviews(ctx, PAIRING.HOUSEHOLD_ID.eq(householdId), intervals, today);
    }

    public List<PairingOverview> overviewsOfMember(DSLContext ctx, long memberId, VisitIntervals intervals, LocalDate today) {
        return overviews(ctx, PAIRING.MEMBER_ID.eq(memberId), intervals, today);
    }

    public Optional<PairingOverview> overview(DSLContext ctx, long id, VisitIntervals intervals, LocalDate today) {
        return overviews(ctx, PAIRING.ID.eq(id), intervals, today).stream().findFirst();
    }

    private List<PairingOverview> overviews(DSLContext ctx, Condition where, VisitIntervals intervals, LocalDate today) {
        Field<LocalDate> lastVisit = field(select(max(VISIT.VISIT_DATE)).from(VISIT).where(countsFor()));
        Field<Integer> visitCount = field(select(count()).from(VISIT).where(countsFor()));
        Field<LocalDate> lastHelp = field(select(max(HELP_RECORD.RECORD_DATE)).from(HELP_RECORD).where(HELP_RECORD.PAIRING_ID.eq(PAIRING.ID)));
        Field<Integer> helpCount = field(select(count()).from(HELP_RECORD).where(HELP_RECORD.PAIRING_ID.eq(PAIRING.ID)));
        // the value of help whose ledger entry was reversed (a mistake) no longer counts
        Field<BigDecimal> helpValue = field(select(sum(HELP_RECORD.AMOUNT)).from(HELP_RECORD).where(HELP_RECORD.PAIRING_ID.eq(PAIRING.ID))
                .andNotExists(selectOne().from(FUND_ENTRY).where(FUND_ENTRY.REVERSES_ID.eq(HELP_RECORD.FUND_ENTRY_ID))));
        List<Record> rows = ctx.select(PAIRING.fields())
                .select(COMMUNITY.NAME, MEMBER.NAME, lastVisit.as("last_visit"), visitCount.as("visit_count"),
                        lastHelp.as("last_help"), helpCount.as("help_count"), helpValue.as("help_value"))
                .from(PAIRING)
                .join(COMMUNITY).on(COMMUNITY.ID.eq(PAIRING.COMMUNITY_ID))
                .join(MEMBER).on(MEMBER.ID.eq(PAIRING.MEMBER_ID))
                .where(where)
                .orderBy(MEMBER.NAME, PAIRING.START_DATE, PAIRING.ID)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> householdIds = rows.stream().map(r -> r.get(PAIRING.HOUSEHOLD_ID)).distinct().toList();
        Map<Long, Household> byId = households.list(ctx, HOUSEHOLD.ID.in(householdIds)).stream()
                .collect(Collectors.toMap(Household::id, Function.identity()));
        List<PairingOverview> result = new ArrayList<>(rows.size());
        for (Record r : rows) {
            Pairing pairing = toDomain(r.into(PAIRING));
            Household household = byId.get(pairing.householdId());
            LocalDate lastContact = later(r.get("last_visit", LocalDate.class),
                    r.get("last_help", LocalDate.class));
            int days = intervals.daysFor(household.categories());
            boolean overdue = pairing.active() && VisitIntervals.isOverdue(pairing.startDate(), lastContact, days, today);
            result.add(new PairingOverview(pairing, r.get(COMMUNITY.NAME), r.get(MEMBER.NAME), household.headName(),
                    household.address(), household.categories(), lastContact, r.get("visit_count", Integer.class),
                    r.get("help_count", Integer.class), r.get("help_value", BigDecimal.class), days, overdue));
        }
        return result;
    }

    /**
     * The visits that count for the pairing in the outer query: linked to it, or made to its household during the
     * pairing with its member among the visitors (visits recorded from the Households screen).
     */
    private static Condition countsFor() {
        return VISIT.PAIRING_ID.eq(PAIRING.ID).or(VISIT.HOUSEHOLD_ID.eq(PAIRING.HOUSEHOLD_ID)
                .and(VISIT.VISIT_DATE.between(PAIRING.START_DATE, DSL.coalesce(PAIRING.END_DATE, inline(OPEN_END))))
                .and(DSL.exists(selectOne().from(VISIT_MEMBER)
                        .where(VISIT_MEMBER.VISIT_ID.eq(VISIT.ID), VISIT_MEMBER.MEMBER_ID.eq(PAIRING.MEMBER_ID)))));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /** Inserts a visit and its visitors; returns its id. */
    public long insertVisit(DSLContext ctx, long householdId, Long pairingId, LocalDate date, String note, List<Long> memberIds) {
        return visitRepository.insert(ctx, new VisitDraft(householdId, date, memberIds, note, pairingId));
    }

    /** The visits that count for a pairing, latest first. */
    public List<Visit> visitsOfPairing(DSLContext ctx, long pairingId) {
        return visits(ctx, DSL.exists(selectOne().from(PAIRING).where(PAIRING.ID.eq(pairingId)).and(countsFor())));
    }

    /** Every visit to a household, whoever made it, latest first. */
    public List<Visit> visitsOfHousehold(DSLContext ctx, long householdId) {
        return visits(ctx, VISIT.HOUSEHOLD_ID.eq(householdId));
    }

    private List<Visit> visits(DSLContext ctx, Condition where) {
        return visitRepository.list(ctx, where);
    }

    static Pairing toDomain(PairingRecord r) {
        return new Pairing(r.getId(), r.getCommunityId(), r.getMemberId(), r.getHouseholdId(), r.getStartDate(),
                r.getEndDate(), r.getEndReason());
    }
}
