package org.zerodistance.persistence;

import static org.zerodistance.persistence.jooq.Tables.MEMBER;
import static org.zerodistance.persistence.jooq.Tables.MEMBER_SKILL;

import java.time.OffsetDateTime;
import java.util.ArrayList;
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
