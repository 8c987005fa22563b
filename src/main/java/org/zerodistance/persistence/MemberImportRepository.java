package org.zerodistance.persistence;

import static org.zerodistance.persistence.jooq.Tables.COMMUNITY;
import static org.zerodistance.persistence.jooq.Tables.MEMBER;
import static org.zerodistance.persistence.jooq.Tables.MEMBER_SKILL;
import static org.zerodistance.persistence.jooq.Tables.VOCABULARY;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.jooq.DSLContext;
import org.zerodistance.domain.ImportedMember;
import org.zerodistance.domain.RegisteredMember;

/**
 * The writes of a member import, made for 100,000 rows in one transaction: JDBC batches of prepared statements on
 * the transaction's connection (jOOQ's per-row inserts cost several times more here), and lookups in chunks.
 */
public final class MemberImportRepository {

    /** Rows per JDBC batch: measured flat between 500 and 5,000; a batch is also where cancelling is checked. */
    public static final int BATCH = 1_000;
    private static final int LOOKUP_CHUNK = 1_000;

    private static final String INSERT_MEMBER = "INSERT INTO member (community_id, name, id_number, gender, birth_date, phone,"
            + " work_unit, party_branch, registration_date, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE')";
    private static final String UPDATE_MEMBER = "UPDATE member SET name = ?, phone = ?, work_unit = ?, party_branch = ?,"
            + " registration_date = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?";
    private static final String INSERT_SKILL = "INSERT INTO member_skill (member_id, skill) VALUES (?, ?)";
    private static final String DELETE_SKILLS = "DELETE FROM member_skill WHERE member_id = ?";

    /** The stored members among {@code idNumbers} (normalised), in any community, keyed by ID number. */
    public Map<String, RegisteredMember> findByIdNumbers(DSLContext ctx, Collection<String> idNumbers) {
        Map<String, RegisteredMember> found = new HashMap<>();
        if (idNumbers.isEmpty()) {
            return found;
        }
        // Community names apart: joining them made H2 walk the community index instead of the ID number's.
        Map<Long, String> communityNames = new HashMap<>();
        ctx.select(COMMUNITY.ID, COMMUNITY.NAME).from(COMMUNITY).forEach(r -> communityNames.put(r.value1(), r.value2()));
        List<String> all = new ArrayList<>(idNumbers);
        for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
            var rows = ctx.select(MEMBER.ID, MEMBER.COMMUNITY_ID, MEMBER.ARCHIVED, MEMBER.NAME, MEMBER.ID_NUMBER,
                            MEMBER.PHONE, MEMBER.WORK_UNIT, MEMBER.PARTY_BRANCH, MEMBER.REGISTRATION_DATE)
                    .from(MEMBER)
                    .where(MEMBER.ID_NUMBER.in(chunk))
                    .fetch();
            if (rows.isEmpty()) {
                continue;
            }
            Map<Long, List<String>> skills = new HashMap<>();
            ctx.select(MEMBER_SKILL.MEMBER_ID, MEMBER_SKILL.SKILL).from(MEMBER_SKILL)
                    .where(MEMBER_SKILL.MEMBER_ID.in(rows.getValues(MEMBER.ID)))
                    .forEach(r -> skills.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
            for (var r : rows) {
                found.put(r.value5(), new RegisteredMember(r.value1(), r.value2(), communityNames.get(r.value2()), r.value3(),
                        r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), r.value9(),
                        skills.getOrDefault(r.value1(), List.of())));
            }
        }
        return found;
    }

    /** Inserts {@code members} into {@code communityId} with their skills; {@code progress} hears the rows done per batch. */
    public void insertAll(DSLContext ctx, long communityId, List<ImportedMember> members, IntConsumer progress) {
        ctx.connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_MEMBER, new String[] {"ID"});
                 PreparedStatement skill = connection.prepareStatement(INSERT_SKILL)) {
                for (int from = 0; from < members.size(); from += BATCH) {
                    List<ImportedMember> batch = members.subList(from, Math.min(members.size(), from + BATCH));
                    for (ImportedMember m : batch) {
                        insert.setLong(1, communityId);
                        insert.setString(2, m.name());
                        insert.setString(3, m.idNumber().value());
                        insert.setString(4, m.gender().code());
                        insert.setDate(5, Date.valueOf(m.birthDate()));
                        setText(insert, 6, m.phone() == null ? null : m.phone().digits());
                        setText(insert, 7, m.workUnit());
                        setText(insert, 8, m.partyBranch());
                        setDate(insert, 9, m.registrationDate());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    boolean anySkills = false;
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        for (ImportedMember m : batch) {
                            if (!keys.next()) {
                                throw new SQLException("fewer generated keys than inserted members");
                            }
                            long id = keys.getLong(1);
                            if (m.skills() != null) {
                                for (String s : m.skills()) {
                                    skill.setLong(1, id);
                                    skill.setString(2, s);
                                    skill.addBatch();
                                    anySkills = true;
                                }
                            }
                        }
                    }
                    if (anySkills) {
                        skill.executeBatch();
                    }
                    progress.accept(batch.size());
                }
            }
        });
    }

    /** A stored member's new values (already merged with what was stored); {@code skills} null keeps the stored skills. */
    public record MemberUpdate(long id, String name, String phone, String workUnit, String partyBranch,
                               LocalDate registrationDate, List<String> skills) {
    }

    public void updateAll(DSLContext ctx, List<MemberUpdate> updates, IntConsumer progress) {
        ctx.connection(connection -> {
            try (PreparedStatement update = connection.prepareStatement(UPDATE_MEMBER);
                 PreparedStatement delete = connection.prepareStatement(DELETE_SKILLS);
                 PreparedStatement skill = connection.prepareStatement(INSERT_SKILL)) {
                for (int from = 0; from < updates.size(); from += BATCH) {
                    List<MemberUpdate> batch = updates.subList(from, Math.min(updates.size(), from + BATCH));
                    boolean skillsChanged = false;
                    for (MemberUpdate u : batch) {
                        update.setString(1, u.name());
                        setText(update, 2, u.phone());
                        setText(update, 3, u.workUnit());
                        setText(update, 4, u.partyBranch());
                        setDate(update, 5, u.registrationDate());
                        update.setLong(6, u.id());
                        update.addBatch();
                        if (u.skills() != null) {
                            skillsChanged = true;
                            delete.setLong(1, u.id());
                            delete.addBatch();
                            for (String s : u.skills()) {
                                skill.setLong(1, u.id());
                                skill.setString(2, s);
                                skill.addBatch();
                            }
                        }
                    }
                    update.executeBatch();
                    if (skillsChanged) {
                        delete.executeBatch();
                        skill.executeBatch();
                    }
                    progress.accept(batch.size());
                }
            }
        });
    }

    /** Adds the skills not yet in the editable skill list, after the ones there. */
    public void addSkillTerms(DSLContext ctx, Set<String> skills) {
        if (skills.isEmpty()) {
            return;
        }
        Set<String> known = Set.copyOf(ctx.select(VOCABULARY.TERM).from(VOCABULARY).where(VOCABULARY.KIND.eq("SKILL")).fetch(VOCABULARY.TERM));
        Integer max = ctx.select(org.jooq.impl.DSL.max(VOCABULARY.SORT_ORDER)).from(VOCABULARY).where(VOCABULARY.KIND.eq("SKILL")).fetchOne(0, Integer.class);
        int order = max == null ? 0 : max;
        for (String skill : skills.stream().sorted().toList()) {
            if (!known.contains(skill)) {
                ctx.insertInto(VOCABULARY, VOCABULARY.KIND, VOCABULARY.TERM, VOCABULARY.SORT_ORDER).values("SKILL", skill, ++order).execute();
            }
        }
    }

    /** Members of a community (for tests and the summary). */
    public int countInCommunity(DSLContext ctx, long communityId) {
        return ctx.fetchCount(MEMBER, MEMBER.COMMUNITY_ID.eq(communityId));
    }

    private static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(value));
        }
    }

}
