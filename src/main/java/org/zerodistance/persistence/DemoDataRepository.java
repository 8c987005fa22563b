package org.zerodistance.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.exception.DataAccessException;

/**
 * Writes generated demo data fast: JDBC batches committed every {@value #COMMIT_EVERY} rows to keep the transaction log
 * small. The caller numbers each table's rows 1, 2, 3… and refers to them by those numbers; the rows are inserted in
 * that order without their id, so the identity columns give exactly those ids (checked before and after). Moving the
 * identity counters with DDL instead corrupted the H2 file when run for many tables (see docs/decisions).
 * Only for an empty database: {@link #isEmpty} is checked by the caller first.
 */
public final class DemoDataRepository {

    static final int BATCH = 1000;
    static final int COMMIT_EVERY = 100_000;

    /** True when the database holds no community yet. */
    public boolean isEmpty(Database database) {
        return database.read(ctx -> ctx.fetchCount(org.zerodistance.persistence.jooq.Tables.COMMUNITY) == 0);
    }

    /** Runs {@code work} with a sink over one connection; on failure what was not yet committed is rolled back. */
    public void load(Database database, Work work) {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (Sink sink = new Sink(connection)) {
                work.accept(sink);
                sink.finish();
                connection.commit();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DataAccessException("Could not write the demo data", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What runs with the sink. */
    @FunctionalInterface
    public interface Work {
        void accept(Sink sink) throws Exception;
    }

    /** Typed appenders for each table, in the order their foreign keys need. */
    public static final class Sink implements AutoCloseable {

        /** Tables in foreign-key order: pending rows are sent parents first. */
        private static final List<String> ORDER = List.of("COMMUNITY", "MEMBER", "MEMBER_SKILL", "HOUSEHOLD",
                "HOUSEHOLD_CATEGORY", "TEAM", "TEAM_MEMBER", "SERVICE_POST", "POST_CLAIM", "PAIRING", "VISIT", "VISIT_MEMBER",
                "WISH", "WISH_EVENT", "WISH_PARTICIPANT", "FUND_ENTRY", "HELP_RECORD", "TEAM_ACTIVITY", "TEAM_ACTIVITY_PARTICIPANT",
                "SERVICE_RECORD", "AWARD");

        private final Connection connection;
        private final Map<String, Batch> batches = new LinkedHashMap<>();
        private long sinceCommit;
        private long rows;

        Sink(Connection connection) {
            this.connection = connection;
        }

        /** Rows written so far. */
        public long rows() {
            return rows;
        }

        public void community(long id, String name) throws SQLException {
            batch("COMMUNITY", "ID", "NAME").set(id).set(name).add();
        }

        public void member(long id, long communityId, String name, String idNumber, String gender, LocalDate birthDate,
                           String phone, String workUnit, String partyBranch, LocalDate registrationDate, String status,
                           LocalDate statusDate) throws SQLException {
            batch("MEMBER", "ID", "COMMUNITY_ID", "NAME", "ID_NUMBER", "GENDER", "BIRTH_DATE", "PHONE", "WORK_UNIT",
                    "PARTY_BRANCH", "REGISTRATION_DATE", "STATUS", "STATUS_DATE")
                    .set(id).set(communityId).set(name).set(idNumber).set(gender).set(birthDate).set(phone).set(workUnit)
                    .set(partyBranch).set(registrationDate).set(status).set(statusDate).add();
        }

        public void memberSkill(long memberId, String skill) throws SQLException {
            batch("MEMBER_SKILL", "MEMBER_ID", "SKILL").set(memberId).set(skill).add();
        }

        public void household(long id, long communityId, String head, String building, String unit, String room,
                              String phone, int people) throws SQLException {
            batch("HOUSEHOLD", "ID", "COMMUNITY_ID", "HEAD_NAME", "BUILDING", "UNIT", "ROOM", "PHONE", "PEOPLE_COUNT")
                    .set(id).set(communityId).set(head).set(building).set(unit).set(room).set(phone).set(people).add();
        }

        public void householdCategory(long householdId, String category) throws SQLException {
            batch("HOUSEHOLD_CATEGORY", "HOUSEHOLD_ID", "CATEGORY").set(householdId).set(category).add();
        }

        public void team(long id, long communityId, String name, String specialty, long leaderId, LocalDate founded,
                         String status, LocalDate disbanded) throws SQLException {
            batch("TEAM", "ID", "COMMUNITY_ID", "NAME", "SPECIALTY", "LEADER_MEMBER_ID", "FOUNDED_DATE", "STATUS",
                    "DISBANDED_DATE")
                    .set(id).set(communityId).set(name).set(specialty).set(leaderId).set(founded).set(status).set(disbanded).add();
        }

        public void teamMember(long teamId, long memberId, LocalDate joined) throws SQLException {
            batch("TEAM_MEMBER", "TEAM_ID", "MEMBER_ID", "JOINED_DATE").set(teamId).set(memberId).set(joined).add();
        }

        public void teamActivity(long id, long teamId, LocalDate date, String title, BigDecimal hours) throws SQLException {
            batch("TEAM_ACTIVITY", "ID", "TEAM_ID", "ACTIVITY_DATE", "TITLE", "HOURS")
                    .set(id).set(teamId).set(date).set(title).set(hours).add();
        }

        public void activityParticipant(long activityId, long memberId) throws SQLException {
            batch("TEAM_ACTIVITY_PARTICIPANT", "ACTIVITY_ID", "MEMBER_ID").set(activityId).set(memberId).add();
        }

        public void servicePost(long id, long communityId, String name, String category, String description,
                                int peopleNeeded) throws SQLException {
            batch("SERVICE_POST", "ID", "COMMUNITY_ID", "NAME", "CATEGORY", "DESCRIPTION", "PEOPLE_NEEDED")
                    .set(id).set(communityId).set(name).set(category).set(description).set(peopleNeeded).add();
        }

        public void postClaim(long id, long postId, long memberId, LocalDate claimed, LocalDate commitment,
                              LocalDate ended) throws SQLException {
            batch("POST_CLAIM", "ID", "POST_ID", "MEMBER_ID", "CLAIMED_DATE", "COMMITMENT_DATE", "ENDED_DATE")
                    .set(id).set(postId).set(memberId).set(claimed).set(commitment).set(ended).add();
        }

        public void pairing(long id, long communityId, long memberId, long householdId, LocalDate start, LocalDate end,
                            String endReason) throws SQLException {
            batch("PAIRING", "ID", "COMMUNITY_ID", "MEMBER_ID", "HOUSEHOLD_ID", "START_DATE", "END_DATE", "END_REASON")
                    .set(id).set(communityId).set(memberId).set(householdId).set(start).set(end).set(endReason).add();
        }

        public void visit(long id, long householdId, Long pairingId, LocalDate date, String note) throws SQLException {
            batch("VISIT", "ID", "HOUSEHOLD_ID", "PAIRING_ID", "VISIT_DATE", "NOTE")
                    .set(id).set(householdId).set(pairingId).set(date).set(note).add();
        }

        public void visitMember(long visitId, long memberId) throws SQLException {
            batch("VISIT_MEMBER", "VISIT_ID", "MEMBER_ID").set(visitId).set(memberId).add();
        }

        /** A wish as it stands now; its history goes through {@link #wishEvent}. */
        public void wish(long id, long communityId, Long householdId, String residentName, String residentPhone,
                         String content, String category, BigDecimal estimatedValue, String source, LocalDate collected,
                         LocalDate deadline, String status, Long claimMemberId, Long claimTeamId, LocalDate claimed,
                         LocalDate fulfilled, String fulfilmentNote, BigDecimal actualValue, String cancelReason)
                throws SQLException {
            batch("WISH", "ID", "COMMUNITY_ID", "HOUSEHOLD_ID", "RESIDENT_NAME", "RESIDENT_PHONE", "CONTENT", "CATEGORY",
                    "ESTIMATED_VALUE", "SOURCE", "COLLECTED_DATE", "DEADLINE", "STATUS", "CLAIM_MEMBER_ID", "CLAIM_TEAM_ID",
                    "CLAIMED_DATE", "FULFILLED_DATE", "FULFILMENT_NOTE", "ACTUAL_VALUE", "CANCEL_REASON")
                    .set(id).set(communityId).set(householdId).set(residentName).set(residentPhone).set(content)
                    .set(category).set(estimatedValue).set(source).set(collected).set(deadline).set(status)
                    .set(claimMemberId).set(claimTeamId).set(claimed).set(fulfilled).set(fulfilmentNote)
                    .set(actualValue).set(cancelReason).add();
        }

        public void wishEvent(long id, long wishId, OffsetDateTime at, String from, String to, String operator,
                              Long memberId, Long teamId, String note) throws SQLException {
            batch("WISH_EVENT", "ID", "WISH_ID", "OCCURRED_AT", "FROM_STATUS", "TO_STATUS", "OPERATOR", "MEMBER_ID",
                    "TEAM_ID", "NOTE")
                    .set(id).set(wishId).set(at).set(from).set(to).set(operator).set(memberId).set(teamId).set(note).add();
        }

        public void wishParticipant(long wishId, long memberId) throws SQLException {
            batch("WISH_PARTICIPANT", "WISH_ID", "MEMBER_ID").set(wishId).set(memberId).add();
        }

        /** A real thing done; one with a value names the funds entry written for it ({@code fundEntryId}). */
        public void helpRecord(long id, long communityId, long memberId, Long householdId, Long pairingId, Long wishId,
                               LocalDate date, String content, String category, BigDecimal amount, Long fundEntryId)
                throws SQLException {
            batch("HELP_RECORD", "ID", "COMMUNITY_ID", "MEMBER_ID", "HOUSEHOLD_ID", "PAIRING_ID", "WISH_ID", "RECORD_DATE",
                    "CONTENT", "CATEGORY", "AMOUNT", "FUND_ENTRY_ID")
                    .set(id).set(communityId).set(memberId).set(householdId).set(pairingId).set(wishId).set(date)
                    .set(content).set(category).set(amount).set(fundEntryId).add();
        }

        public void fundEntry(long id, long communityId, LocalDate date, String kind, String description, String quantity,
                              BigDecimal amount, String donorKind, Long donorMemberId, Long donorTeamId, String donorName,
                              Long householdId, Long wishId, Long pairingId, Long reversesId, String reason,
                              String operator) throws SQLException {
            batch("FUND_ENTRY", "ID", "COMMUNITY_ID", "ENTRY_DATE", "KIND", "DESCRIPTION", "QUANTITY", "AMOUNT",
                    "DONOR_KIND", "DONOR_MEMBER_ID", "DONOR_TEAM_ID", "DONOR_NAME", "HOUSEHOLD_ID", "WISH_ID", "PAIRING_ID",
                    "REVERSES_ID", "REASON", "OPERATOR")
                    .set(id).set(communityId).set(date).set(kind).set(description).set(quantity).set(amount)
                    .set(donorKind).set(donorMemberId).set(donorTeamId).set(donorName).set(householdId).set(wishId)
                    .set(pairingId).set(reversesId).set(reason).set(operator).add();
        }

        public void serviceRecord(long id, long communityId, long memberId, LocalDate date, String kind,
                                  String description, BigDecimal hours, BigDecimal points, Long wishId, Long helpRecordId,
                                  Long visitId, Long teamActivityId, Long postClaimId, Long reversesId, String reason,
                                  String operator) throws SQLException {
            batch("SERVICE_RECORD", "ID", "COMMUNITY_ID", "MEMBER_ID", "RECORD_DATE", "KIND", "DESCRIPTION", "HOURS",
                    "POINTS", "WISH_ID", "HELP_RECORD_ID", "VISIT_ID", "TEAM_ACTIVITY_ID", "POST_CLAIM_ID", "REVERSES_ID",
                    "REASON", "OPERATOR")
                    .set(id).set(communityId).set(memberId).set(date).set(kind).set(description).set(hours).set(points)
                    .set(wishId).set(helpRecordId).set(visitId).set(teamActivityId).set(postClaimId).set(reversesId)
                    .set(reason).set(operator).add();
        }

        public void award(long id, long memberId, String quarterCode, String title) throws SQLException {
            batch("AWARD", "ID", "MEMBER_ID", "QUARTER_CODE", "TITLE").set(id).set(memberId).set(quarterCode).set(title).add();
        }

        /** Sends every pending row of every table (call before rows of another table refer to them). */
        public void flush() throws SQLException {
            for (String table : ORDER) {
                Batch batch = batches.get(table);
                if (batch != null) {
                    batch.flush();
                }
            }
        }

        private Batch batch(String table, String... columns) throws SQLException {
            Batch batch = batches.get(table);
            if (batch == null) {
                if (!ORDER.contains(table)) {
                    throw new IllegalArgumentException("table not in foreign-key order: " + table);
                }
                boolean identity = columns[0].equals("ID");
                String[] inserted = identity ? java.util.Arrays.copyOfRange(columns, 1, columns.length) : columns;
                batch = new Batch(connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", inserted)
                        + ") VALUES (" + "?, ".repeat(inserted.length - 1) + "?)"), table, identity,
                        identity ? nextIdentity(table) : 0);
                batches.put(table, batch);
            }
            return batch;
        }

        private void rowAdded() throws SQLException {
            rows++;
            if (++sinceCommit >= COMMIT_EVERY) {
                flush();
                connection.commit();
                sinceCommit = 0;
            }
        }

        /** The value the identity column of {@code table} gives next. */
        private long nextIdentity(String table) throws SQLException {
            try (PreparedStatement query = connection.prepareStatement("SELECT IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? AND COLUMN_NAME = 'ID'")) {
                query.setString(1, table);
                try (var result = query.executeQuery()) {
                    if (!result.next()) {
                        throw new IllegalStateException("no identity column in " + table);
                    }
                    return result.getLong(1);
                }
            }
        }

        /** Flushes, then checks that every identity gave the ids the caller numbered its rows with. */
        void finish() throws SQLException {
            flush();
            for (Batch batch : batches.values()) {
                if (batch.identity && nextIdentity(batch.table) != batch.nextId) {
                    throw new IllegalStateException("the ids of " + batch.table + " are not the ones planned");
                }
            }
        }

        @Override
        public void close() throws SQLException {
            List<SQLException> problems = new ArrayList<>();
            for (Batch batch : batches.values()) {
                try {
                    batch.statement.close();
                } catch (SQLException e) {
                    problems.add(e);
                }
            }
            if (!problems.isEmpty()) {
                throw problems.get(0);
            }
        }

        /** One table's prepared insert and its pending rows. */
        private final class Batch {
            private final PreparedStatement statement;
            private final String table;
            private final boolean identity;
            private long nextId;
            private int index;
            private int column;
            private int pending;

            Batch(PreparedStatement statement, String table, boolean identity, long firstId) {
                this.statement = statement;
                this.table = table;
                this.identity = identity;
                this.nextId = firstId;
            }

            Batch set(long value) throws SQLException {
                if (column++ == 0 && identity) {
                    // The id the identity column is about to give: rows must come numbered 1, 2, 3… in order.
                    if (value != nextId) {
                        throw new IllegalArgumentException(table + " row numbered " + value + ", expected " + nextId);
                    }
                    nextId++;
                    return this;
                }
                statement.setLong(++index, value);
                return this;
            }

            Batch set(int value) throws SQLException {
                column++;
                statement.setInt(++index, value);
                return this;
            }

            Batch set(Long value) throws SQLException {
                if (value == null) {
                    column++;
                    statement.setNull(++index, Types.BIGINT);
                    return this;
                }
                return set(value.longValue());
            }

            Batch set(String value) throws SQLException {
                column++;
                statement.setString(++index, value);
                return this;
            }

            Batch set(BigDecimal value) throws SQLException {
                column++;
                statement.setBigDecimal(++index, value);
                return this;
            }

            Batch set(LocalDate value) throws SQLException {
                column++;
                if (value == null) {
                    statement.setNull(++index, Types.DATE);
                } else {
                    statement.setObject(++index, value);
                }
                return this;
            }

            Batch set(OffsetDateTime value) throws SQLException {
                column++;
                statement.setObject(++index, value);
                return this;
            }

            void add() throws SQLException {
                statement.addBatch();
                index = 0;
                column = 0;
                if (++pending >= BATCH) {
                    Sink.this.flush(); // parents' pending rows first
                }
                rowAdded();
            }

            void flush() throws SQLException {
                if (pending > 0) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
        }
    }
}
