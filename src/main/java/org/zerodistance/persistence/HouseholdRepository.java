package org.zerodistance.persistence;

import static org.zerodistance.persistence.jooq.Tables.HOUSEHOLD;
import static org.zerodistance.persistence.jooq.Tables.HOUSEHOLD_CATEGORY;

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
