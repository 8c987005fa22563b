package org.zerodistance.persistence;

import static org.zerodistance.persistence.jooq.Tables.COMMUNITY;
import static org.zerodistance.persistence.jooq.Tables.HOUSEHOLD;
import static org.zerodistance.persistence.jooq.Tables.HOUSEHOLD_CATEGORY;
import static org.zerodistance.persistence.jooq.Tables.VISIT;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.zerodistance.domain.Household;
import org.zerodistance.domain.HouseholdSummary;

/** Households in need and their categories; stateless, works in the caller's transaction. */
public final class HouseholdRepository {

    public long insert(DSLContext ctx, Household h) {
        long id = ctx.insertInto(HOUSEHOLD)
                .set(HOUSEHOLD.COMMUNITY_ID, h.communityId())
                .set(HOUSEHOLD.HEAD_NAME, h.headName())
                .set(HOUSEHOLD.BUILDING, h.building())
                .set(HOUSEHOLD.UNIT, h.unit())
                .set(HOUSEHOLD.ROOM, h.room())
                .set(HOUSEHOLD.PHONE, h.phone())
                .set(HOUSEHOLD.PEOPLE_COUNT, h.peopleCount())
                .set(HOUSEHOLD.NOTES, h.notes())
                .set(HOUSEHOLD.ARCHIVED, h.archived())
                .returning(HOUSEHOLD.ID)
                .fetchOne(HOUSEHOLD.ID);
        replaceCategories(ctx, id, h.categories());
        return id;
    }

    public void update(DSLContext ctx, Household h) {
        ctx.update(HOUSEHOLD)
                .set(HOUSEHOLD.HEAD_NAME, h.headName())
                .set(HOUSEHOLD.BUILDING, h.building())
                .set(HOUSEHOLD.UNIT, h.unit())
                .set(HOUSEHOLD.ROOM, h.room())
                .set(HOUSEHOLD.PHONE, h.phone())
                .set(HOUSEHOLD.PEOPLE_COUNT, h.peopleCount())
                .set(HOUSEHOLD.NOTES, h.notes())
                .set(HOUSEHOLD.ARCHIVED, h.archived())
                .set(HOUSEHOLD.UPDATED_AT, OffsetDateTime.now())
                .where(HOUSEHOLD.ID.eq(h.id()))
                .execute();
        replaceCategories(ctx, h.id(), h.categories());
    }

    public void replaceCategories(DSLContext ctx, long householdId, List<String> categories) {
        ctx.deleteFrom(HOUSEHOLD_CATEGORY).where(HOUSEHOLD_CATEGORY.HOUSEHOLD_ID.eq(householdId)).execute();
        if (!categories.isEmpty()) {
            var insert = ctx.insertInto(HOUSEHOLD_CATEGORY, HOUSEHOLD_CATEGORY.HOUSEHOLD_ID, HOUSEHOLD_CATEGORY.CATEGORY);
            for (String category : new java.util.LinkedHashSet<>(categories)) {
                insert = insert.values(householdId, category);
            }
            insert.execute();
        }
    }

    public void setArchived(DSLContext ctx, long id, boolean archived) {
        ctx.update(HOUSEHOLD).set(HOUSEHOLD.ARCHIVED, archived).set(HOUSEHOLD.UPDATED_AT, OffsetDateTime.now())
                .where(HOUSEHOLD.ID.eq(id)).execute();
    }

    /**
     * The list rows of one community, or of all when {@code communityId} is null, with the community's name and the
     * date of registration and of the last visit; the visit interval is the general default until the service applies
     * the settings ({@link HouseholdSummary#withInterval}).
     */
    public List<HouseholdSummary> listSummaries(DSLContext ctx, Long communityId, boolean includeArchived) {
        Condition where = DSL.trueCondition();
        if (communityId != null) {
            where = where.and(HOUSEHOLD.COMMUNITY_ID.eq(communityId));
        }
        if (!includeArchived) {
            where = where.and(HOUSEHOLD.ARCHIVED.isFalse());
        }
        return summaries(ctx, where);
    }

    public Optional<HouseholdSummary> findSummary(DSLContext ctx, long id) {
        return summaries(ctx, HOUSEHOLD.ID.eq(id)).stream().findFirst();
    }

    private List<HouseholdSummary> summaries(DSLContext ctx, Condition where) {
        Map<Long, Household> households = new LinkedHashMap<>();
        for (Household h : list(ctx, where)) {
            households.put(h.id(), h);
        }
        if (households.isEmpty()) {
            return List.of();
        }
        var lastVisit = DSL.field(DSL.select(DSL.max(VISIT.VISIT_DATE)).from(VISIT).where(VISIT.HOUSEHOLD_ID.eq(HOUSEHOLD.ID)));
        Map<Long, HouseholdSummary> result = new LinkedHashMap<>();
        households.keySet().forEach(id -> result.put(id, null));
        ctx.select(HOUSEHOLD.ID, COMMUNITY.NAME, HOUSEHOLD.CREATED_AT, lastVisit)
                .from(HOUSEHOLD).join(COMMUNITY).on(COMMUNITY.ID.eq(HOUSEHOLD.COMMUNITY_ID))
                .where(where)
                .forEach(r -> result.put(r.value1(), new HouseholdSummary(households.get(r.value1()), r.value2(),
                        r.value3().atZoneSameInstant(java.time.ZoneId.systemDefault()).toLocalDate(), r.value4(),
                        org.zerodistance.domain.VisitIntervals.DEFAULT_DAYS)));
        return new ArrayList<>(result.values());
    }

    public Optional<Household> findById(DSLContext ctx, long id) {
        return list(ctx, HOUSEHOLD.ID.eq(id)).stream().findFirst();
    }

    public List<Household> listByCommunity(DSLContext ctx, long communityId, boolean includeArchived) {
        Condition where = HOUSEHOLD.COMMUNITY_ID.eq(communityId);
        if (!includeArchived) {
            where = where.and(HOUSEHOLD.ARCHIVED.isFalse());
        }
        return list(ctx, where);
    }

    /** Households matching {@code where}, with their categories, ordered by head of household then id. */
    public List<Household> list(DSLContext ctx, Condition where) {
        Map<Long, List<String>> categories = new LinkedHashMap<>();
        ctx.select(HOUSEHOLD_CATEGORY.HOUSEHOLD_ID, HOUSEHOLD_CATEGORY.CATEGORY).from(HOUSEHOLD_CATEGORY)
                .where(HOUSEHOLD_CATEGORY.HOUSEHOLD_ID.in(DSL.select(HOUSEHOLD.ID).from(HOUSEHOLD).where(where)))
                .orderBy(HOUSEHOLD_CATEGORY.HOUSEHOLD_ID, HOUSEHOLD_CATEGORY.CATEGORY)
                .forEach(r -> categories.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return ctx.selectFrom(HOUSEHOLD).where(where).orderBy(HOUSEHOLD.HEAD_NAME, HOUSEHOLD.ID)
                .fetch(r -> new Household(r.getId(), r.getCommunityId(), r.getHeadName(), r.getBuilding(), r.getUnit(), r.getRoom(),
                        r.getPhone(), categories.getOrDefault(r.getId(), List.of()), r.getPeopleCount(), r.getNotes(), r.getArchived()));
    }
}
