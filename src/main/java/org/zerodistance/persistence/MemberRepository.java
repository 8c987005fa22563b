package org.zerodistance.persistence;

import static org.zerodistance.persistence.jooq.Tables.COMMUNITY;
import static org.zerodistance.persistence.jooq.Tables.MEMBER;
import static org.zerodistance.persistence.jooq.Tables.MEMBER_SKILL;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.zerodistance.domain.Gender;
import org.zerodistance.domain.Member;
import org.zerodistance.domain.MemberStatus;
import org.zerodistance.domain.MemberSummary;

/** Members and their skills; stateless, works in the caller's transaction. */
public final class MemberRepository {

    public long insert(DSLContext ctx, Member m) {
        long id = ctx.insertInto(MEMBER)
                .set(MEMBER.COMMUNITY_ID, m.communityId())
                .set(MEMBER.NAME, m.name())
                .set(MEMBER.ID_NUMBER, m.idNumber())
                .set(MEMBER.GENDER, m.gender().code())
                .set(MEMBER.BIRTH_DATE, m.birthDate())
                .set(MEMBER.PHONE, m.phone())
                .set(MEMBER.WORK_UNIT, m.workUnit())
                .set(MEMBER.PARTY_BRANCH, m.partyBranch())
                .set(MEMBER.REGISTRATION_DATE, m.registrationDate())
                .set(MEMBER.STATUS, m.status().name())
                .set(MEMBER.STATUS_DATE, m.statusDate())
                .set(MEMBER.NOTES, m.notes())
                .set(MEMBER.ARCHIVED, m.archived())
                .returning(MEMBER.ID)
                .fetchOne(MEMBER.ID);
        replaceSkills(ctx, id, m.skills());
        return id;
    }

    /** Writes every field of {@code m} (by id), skills included. */
    public void update(DSLContext ctx, Member m) {
        ctx.update(MEMBER)
                .set(MEMBER.COMMUNITY_ID, m.communityId())
                .set(MEMBER.NAME, m.name())
                .set(MEMBER.ID_NUMBER, m.idNumber())
                .set(MEMBER.GENDER, m.gender().code())
                .set(MEMBER.BIRTH_DATE, m.birthDate())
                .set(MEMBER.PHONE, m.phone())
                .set(MEMBER.WORK_UNIT, m.workUnit())
                .set(MEMBER.PARTY_BRANCH, m.partyBranch())
                .set(MEMBER.REGISTRATION_DATE, m.registrationDate())
                .set(MEMBER.STATUS, m.status().name())
                .set(MEMBER.STATUS_DATE, m.statusDate())
                .set(MEMBER.NOTES, m.notes())
                .set(MEMBER.ARCHIVED, m.archived())
                .set(MEMBER.UPDATED_AT, OffsetDateTime.now())
                .where(MEMBER.ID.eq(m.id()))
                .execute();
        replaceSkills(ctx, m.id(), m.skills());
    }

    public void replaceSkills(DSLContext ctx, long memberId, List<String> skills) {
        ctx.deleteFrom(MEMBER_SKILL).where(MEMBER_SKILL.MEMBER_ID.eq(memberId)).execute();
        if (!skills.isEmpty()) {
            var insert = ctx.insertInto(MEMBER_SKILL, MEMBER_SKILL.MEMBER_ID, MEMBER_SKILL.SKILL);
            for (String skill : new java.util.LinkedHashSet<>(skills)) {
                insert = insert.values(memberId, skill);
            }
            insert.execute();
        }
    }

    /** Inserts many members in a few round trips (bulk loading); skills included. */
    public void insertAll(DSLContext ctx, List<Member> members) {
        if (members.isEmpty()) {
            return;
        }
        var batch = ctx.batch(ctx.insertInto(MEMBER, MEMBER.COMMUNITY_ID, MEMBER.NAME, MEMBER.ID_NUMBER, MEMBER.GENDER,
                MEMBER.BIRTH_DATE, MEMBER.PHONE, MEMBER.WORK_UNIT, MEMBER.PARTY_BRANCH, MEMBER.REGISTRATION_DATE,
                MEMBER.STATUS, MEMBER.STATUS_DATE, MEMBER.NOTES, MEMBER.ARCHIVED)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null, null, null));
        for (Member m : members) {
            batch.bind(m.communityId(), m.name(), m.idNumber(), m.gender().code(), m.birthDate(), m.phone(), m.workUnit(),
                    m.partyBranch(), m.registrationDate(), m.status().name(), m.statusDate(), m.notes(), m.archived());
        }
        batch.execute();
        List<Member> withSkills = members.stream().filter(m -> !m.skills().isEmpty()).toList();
        if (withSkills.isEmpty()) {
            return;
        }
        Map<String, Long> ids = new HashMap<>();
        for (int from = 0; from < withSkills.size(); from += 1000) {
            List<String> idNumbers = withSkills.subList(from, Math.min(withSkills.size(), from + 1000)).stream().map(Member::idNumber).toList();
            ctx.select(MEMBER.ID_NUMBER, MEMBER.ID).from(MEMBER).where(MEMBER.ID_NUMBER.in(idNumbers))
                    .forEach(r -> ids.put(r.value1(), r.value2()));
        }
        var skills = ctx.batch(ctx.insertInto(MEMBER_SKILL, MEMBER_SKILL.MEMBER_ID, MEMBER_SKILL.SKILL).values((Long) null, null));
        for (Member m : withSkills) {
            for (String skill : new java.util.LinkedHashSet<>(m.skills())) {
                skills.bind(ids.get(m.idNumber()), skill);
            }
        }
        skills.execute();
    }

    public void setArchived(DSLContext ctx, long id, boolean archived) {
        ctx.update(MEMBER).set(MEMBER.ARCHIVED, archived).set(MEMBER.UPDATED_AT, OffsetDateTime.now())
                .where(MEMBER.ID.eq(id)).execute();
    }

    /**
     * The list rows (no notes) of one community, or of all when {@code communityId} is null, ordered by name then id;
     * with {@code limit} > 0 only the first rows (archived ones after the others), read through an index so they come
     * at once however many members there are.
     */
    public List<MemberSummary> listSummaries(DSLContext ctx, Long communityId, boolean includeArchived, int limit) {
        Condition where = DSL.trueCondition();
        if (communityId != null) {
            where = where.and(MEMBER.COMMUNITY_ID.eq(communityId));
        }
        if (!includeArchived) {
            where = where.and(MEMBER.ARCHIVED.isFalse());
        }
        Map<Long, String> communityNames = new HashMap<>();
        ctx.select(COMMUNITY.ID, COMMUNITY.NAME).from(COMMUNITY).forEach(r -> communityNames.put(r.value1(), r.value2()));
        var query = ctx.select(SUMMARY_FIELDS).from(MEMBER).where(where);
        List<Record> rows;
        Map<Long, List<String>> skills;
        if (limit > 0) {
            // Ordered exactly like an index (ix_member_community / ix_member_archived_name), so H2 reads no more than the first rows.
            rows = new ArrayList<>(communityId != null
                    ? query.orderBy(MEMBER.COMMUNITY_ID, MEMBER.ARCHIVED, MEMBER.NAME).limit(limit).fetch()
                    : query.orderBy(MEMBER.ARCHIVED, MEMBER.NAME).limit(limit).fetch());
            skills = skillsOf(ctx, MEMBER_SKILL.MEMBER_ID.in(rows.stream().map(r -> r.get(MEMBER.ID)).toList()));
        } else {
            // All rows: read in storage order (sequential, fast on a cold cache) and sorted here.
            rows = new ArrayList<>(query.fetch());
            skills = rows.size() > 1000 ? skillsOf(ctx, DSL.trueCondition()) : skillsOf(ctx,
                    MEMBER_SKILL.MEMBER_ID.in(rows.stream().map(r -> r.get(MEMBER.ID)).toList()));
        }
        List<MemberSummary> result = new ArrayList<>(rows.size());
        for (Record r : rows) {
            long id = r.get(MEMBER.ID);
            long community = r.get(MEMBER.COMMUNITY_ID);
            result.add(new MemberSummary(id, community, communityNames.get(community), r.get(MEMBER.NAME), r.get(MEMBER.ID_NUMBER),
                    Gender.fromCode(r.get(MEMBER.GENDER)), r.get(MEMBER.PHONE), r.get(MEMBER.WORK_UNIT), r.get(MEMBER.PARTY_BRANCH),
                    skills.getOrDefault(id, List.of()), r.get(MEMBER.REGISTRATION_DATE), MemberStatus.valueOf(r.get(MEMBER.STATUS)),
                    r.get(MEMBER.STATUS_DATE), r.get(MEMBER.ARCHIVED)));
        }
        Comparator<MemberSummary> byName = Comparator.comparing(MemberSummary::name).thenComparingLong(MemberSummary::id);
        result.sort(limit > 0 ? Comparator.comparing(MemberSummary::archived).thenComparing(byName) : byName);
        return result;
    }

    public Optional<MemberSummary> findSummary(DSLContext ctx, long id) {
        Map<Long, List<String>> skills = skillsOf(ctx, MEMBER_SKILL.MEMBER_ID.eq(id));
        return ctx.select(SUMMARY_FIELDS).select(COMMUNITY.NAME).from(MEMBER).join(COMMUNITY).on(COMMUNITY.ID.eq(MEMBER.COMMUNITY_ID))
                .where(MEMBER.ID.eq(id))
                .fetchOptional(r -> new MemberSummary(id, r.get(MEMBER.COMMUNITY_ID), r.get(COMMUNITY.NAME), r.get(MEMBER.NAME),
                        r.get(MEMBER.ID_NUMBER), Gender.fromCode(r.get(MEMBER.GENDER)), r.get(MEMBER.PHONE), r.get(MEMBER.WORK_UNIT),
                        r.get(MEMBER.PARTY_BRANCH), skills.getOrDefault(id, List.of()), r.get(MEMBER.REGISTRATION_DATE),
                        MemberStatus.valueOf(r.get(MEMBER.STATUS)), r.get(MEMBER.STATUS_DATE), r.get(MEMBER.ARCHIVED)));
    }

    private static final List<org.jooq.Field<?>> SUMMARY_FIELDS = List.of(MEMBER.ID, MEMBER.COMMUNITY_ID, MEMBER.NAME,
            MEMBER.ID_NUMBER, MEMBER.GENDER, MEMBER.PHONE, MEMBER.WORK_UNIT, MEMBER.PARTY_BRANCH, MEMBER.REGISTRATION_DATE,
            MEMBER.STATUS, MEMBER.STATUS_DATE, MEMBER.ARCHIVED);

    /** Skills per member id for the member_skill rows matching {@code where}, each member's in skill order. */
    private static Map<Long, List<String>> skillsOf(DSLContext ctx, Condition where) {
        Map<Long, List<String>> skills = new HashMap<>();
        ctx.select(MEMBER_SKILL.MEMBER_ID, MEMBER_SKILL.SKILL).from(MEMBER_SKILL).where(where)
                .forEach(r -> skills.computeIfAbsent(r.value1(), k -> new ArrayList<>(2)).add(r.value2()));
        skills.values().forEach(list -> list.sort(null));
        return skills;
    }

    public Optional<Member> findById(DSLContext ctx, long id) {
        return list(ctx, MEMBER.ID.eq(id)).stream().findFirst();
    }

    /** The member with this normalised ID number, in any community. */
    public Optional<Member> findByIdNumber(DSLContext ctx, String idNumber) {
        return list(ctx, MEMBER.ID_NUMBER.eq(idNumber)).stream().findFirst();
    }

    /** A community's members ordered by name; archived ones only when asked. */
    public List<Member> listByCommunity(DSLContext ctx, long communityId, boolean includeArchived) {
        Condition where = MEMBER.COMMUNITY_ID.eq(communityId);
        if (!includeArchived) {
            where = where.and(MEMBER.ARCHIVED.isFalse());
        }
        return list(ctx, where);
    }

    /** Members matching {@code where}, with their skills, ordered by name then id. */
    public List<Member> list(DSLContext ctx, Condition where) {
        Map<Long, Member> members = new LinkedHashMap<>();
        ctx.selectFrom(MEMBER).where(where).orderBy(MEMBER.NAME, MEMBER.ID)
                .forEach(r -> members.put(r.getId(), toDomain(r, List.of())));
        if (members.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> skills = new LinkedHashMap<>();
        ctx.select(MEMBER_SKILL.MEMBER_ID, MEMBER_SKILL.SKILL).from(MEMBER_SKILL)
                .where(MEMBER_SKILL.MEMBER_ID.in(DSL.select(MEMBER.ID).from(MEMBER).where(where)))
                .orderBy(MEMBER_SKILL.MEMBER_ID, MEMBER_SKILL.SKILL)
                .forEach(r -> skills.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        List<Member> result = new ArrayList<>(members.size());
        for (Member m : members.values()) {
            List<String> own = skills.get(m.id());
            result.add(own == null ? m : new Member(m.id(), m.communityId(), m.name(), m.idNumber(), m.gender(), m.birthDate(),
                    m.phone(), m.workUnit(), m.partyBranch(), own, m.registrationDate(), m.status(), m.statusDate(), m.notes(), m.archived()));
        }
        return result;
    }

    static Member toDomain(Record r, List<String> skills) {
        return new Member(r.get(MEMBER.ID), r.get(MEMBER.COMMUNITY_ID), r.get(MEMBER.NAME), r.get(MEMBER.ID_NUMBER),
                Gender.fromCode(r.get(MEMBER.GENDER)), r.get(MEMBER.BIRTH_DATE), r.get(MEMBER.PHONE), r.get(MEMBER.WORK_UNIT),
                r.get(MEMBER.PARTY_BRANCH), skills, r.get(MEMBER.REGISTRATION_DATE), MemberStatus.valueOf(r.get(MEMBER.STATUS)),
                r.get(MEMBER.STATUS_DATE), r.get(MEMBER.NOTES), r.get(MEMBER.ARCHIVED));
    }
}
