package org.zerodistance.persistence;

import static org.zerodistance.persistence.jooq.Tables.COMMUNITY;
import static org.zerodistance.persistence.jooq.Tables.VOCABULARY;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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

    /**
     * The stored members among {@code idNumbers} (normalised), in any community, keyed by ID number. For a few IDs
     * it looks each up; for many it reads the member table once and keeps the matches: measured on H2 2.3, 100,000
     * indexed lookups (even 1,000 to an IN list) took 15 s where one pass over 100,000 members took 0.3 s.
     */
    public Map<String, RegisteredMember> findByIdNumbers(DSLContext ctx, Collection<String> idNumbers) {
        Map<String, RegisteredMember> found = new HashMap<>();
        if (idNumbers.isEmpty()) {
            return found;
        }
        Map<Long, String> communityNames = new HashMap<>();
        ctx.select(COMMUNITY.ID, COMMUNITY.NAME).from(COMMUNITY).forEach(r -> communityNames.put(r.value1(), r.value2()));
        Set<String> wanted = new HashSet<>(idNumbers);
        ctx.connection(connection -> {
            Map<Long, String> idNumberOf = new HashMap<>();
            if (wanted.size() <= LOOKUP_CHUNK) {
                String marks = String.join(", ", java.util.Collections.nCopies(wanted.size(), "?"));
                try (PreparedStatement select = connection.prepareStatement(SELECT_MEMBERS + " WHERE id_number IN (" + marks + ")")) {
                    int i = 1;
                    for (String id : wanted) {
                        select.setString(i++, id);
                    }
                    collect(select, wanted, communityNames, found, idNumberOf);
                }
            } else {
                try (PreparedStatement select = connection.prepareStatement(SELECT_MEMBERS)) {
                    collect(select, wanted, communityNames, found, idNumberOf);
                }
            }
            if (found.isEmpty()) {
                return;
            }
            Map<Long, List<String>> skills = new HashMap<>();
            String sql = "SELECT member_id, skill FROM member_skill";
            List<Long> ids = new ArrayList<>(idNumberOf.keySet());
            if (ids.size() <= LOOKUP_CHUNK) {
                sql += " WHERE member_id IN (" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")";
            }
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                if (ids.size() <= LOOKUP_CHUNK) {
                    for (int i = 0; i < ids.size(); i++) {
                        select.setLong(i + 1, ids.get(i));
                    }
                }
                select.setFetchSize(5_000);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        long memberId = rs.getLong(1);
                        if (idNumberOf.containsKey(memberId)) {
                            skills.computeIfAbsent(memberId, k -> new ArrayList<>()).add(rs.getString(2));
                        }
                    }
                }
            }
            for (Map.Entry<Long, List<String>> e : skills.entrySet()) {
                String idNumber = idNumberOf.get(e.getKey());
                RegisteredMember m = found.get(idNumber);
                found.put(idNumber, new RegisteredMember(m.id(), m.communityId(), m.communityName(), m.archived(), m.name(),
                        m.idNumber(), m.phone(), m.workUnit(), m.partyBranch(), m.registrationDate(), e.getValue()));
            }
        });
        return found;
    }

    private static final String SELECT_MEMBERS = "SELECT id, community_id, archived, name, id_number, phone, work_unit,"
            + " party_branch, registration_date FROM member";

    private static void collect(PreparedStatement select, Set<String> wanted, Map<Long, String> communityNames,
                                Map<String, RegisteredMember> found, Map<Long, String> idNumberOf) throws SQLException {
        select.setFetchSize(5_000);
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String idNumber = rs.getString(5);
                if (!wanted.contains(idNumber)) {
                    continue;
                }
                long id = rs.getLong(1);
                long community = rs.getLong(2);
                Date registered = rs.getDate(9);
                found.put(idNumber, new RegisteredMember(id, community, communityNames.get(community), rs.getBoolean(3),
                        rs.getString(4), idNumber, rs.getString(6), rs.getString(7), rs.getString(8),
                        registered == null ? null : registered.toLocalDate(), List.of()));
                idNumberOf.put(id, idNumber);
            }
        }
    }

    /**
     * Inserts {@code members} into {@code communityId} with their skills; {@code progress} hears the rows done per batch.
     * The rows go in in the order of the name indexes ({@link #INSERT_ORDER}): with ascending generated keys, every
     * index of member but the ID number's then grows at its end instead of at random places, which H2's B-trees (copied
     * on write, and written out again while the transaction runs) do at a fraction of the cost.
     */
    public void insertAll(DSLContext ctx, long communityId, List<ImportedMember> unordered, IntConsumer progress) {
        List<ImportedMember> members = new ArrayList<>(unordered);
        members.sort(INSERT_ORDER);
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

    /**
     * The order of {@code ix_member_community} (community, archived, name, registration date, …) and
     * {@code ix_member_archived_name} for new members of one community: by name as H2 compares text (UTF-16 code
     * units, like {@link String#compareTo}), then registration date with blanks first (H2 sorts NULL low).
     */
    static final Comparator<ImportedMember> INSERT_ORDER = Comparator.comparing(ImportedMember::name)
            .thenComparing(ImportedMember::registrationDate, Comparator.nullsFirst(Comparator.naturalOrder()));

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
