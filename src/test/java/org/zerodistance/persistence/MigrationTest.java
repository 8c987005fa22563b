package org.zerodistance.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zerodistance.persistence.jooq.Tables.COMMUNITY;
import static org.zerodistance.persistence.jooq.Tables.FUND_ENTRY;
import static org.zerodistance.persistence.jooq.Tables.MEMBER;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zerodistance.testutil.Members;
import org.zerodistance.testutil.TestDatabases;

/** Flyway builds the whole schema from empty, and the constraints hold what the programme relies on. */
class MigrationTest {

    @Test
    void migratesAnEmptyFileDatabaseAndReopensIt(@TempDir Path folder) throws java.io.IOException {
        try (Database db = Database.open(folder)) {
            Set<String> tables = db.read(ctx -> ctx.meta().getTables().stream()
                    .map(t -> t.getName().toLowerCase()).collect(Collectors.toSet()));
            assertTrue(tables.containsAll(List.of("community", "member", "member_skill", "household", "household_category", "visit",
                    "visit_member", "wish", "wish_event", "wish_participant", "pairing", "help_record", "fund_entry", "team",
                    "team_member", "team_activity", "team_activity_participant", "service_post", "post_claim", "service_record",
                    "points_rule", "award", "audit_log", "setting", "vocabulary")), tables.toString());
            db.inTransactionDo(ctx -> ctx.insertInto(COMMUNITY, COMMUNITY.NAME).values("城东社区").execute());
        }
        try (Database db = Database.open(folder)) {
            assertEquals(1, (int) db.read(ctx -> ctx.fetchCount(COMMUNITY)), "data survives a reopen; migration is not re-run");
        }
        try (var files = java.nio.file.Files.list(folder)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".trace.db")).toList(),
                    "a clean close leaves no H2 error trace behind: " + traces(folder));
        }
    }

    @Test
    void compactingOnCloseShrinksAFileLeftHalfEmptyByABulkLoad(@TempDir Path folder) throws java.io.IOException {
        try (Database db = Database.open(folder)) {
            for (int batch = 0; batch < 20; batch++) {
                int from = batch * 500;
                db.inTransactionDo(ctx -> {
                    for (int i = from; i < from + 500; i++) {
                        ctx.insertInto(COMMUNITY, COMMUNITY.NAME).values("社区" + i + "号".repeat(40)).execute();
                    }
                });
            }
            db.inTransactionDo(ctx -> ctx.deleteFrom(COMMUNITY).where(COMMUNITY.NAME.notLike("社区1号%")).execute());
        }
        long before = java.nio.file.Files.size(folder.resolve(Database.FILE_NAME + ".mv.db"));
        try (Database db = Database.open(folder)) {
            db.compactOnClose();
        }
        long after = java.nio.file.Files.size(folder.resolve(Database.FILE_NAME + ".mv.db"));
        assertTrue(after < before, "compacted from " + before + " to " + after + " bytes");
        try (Database db = Database.open(folder)) {
            assertEquals(1, (int) db.read(ctx -> ctx.fetchCount(COMMUNITY)), "what was kept is still there");
        }
    }

    private static String traces(Path folder) throws java.io.IOException {
        try (var files = java.nio.file.Files.list(folder)) {
            StringBuilder text = new StringBuilder();
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".trace.db")).toList()) {
                text.append(java.nio.file.Files.readString(f));
            }
            return text.toString();
        }
    }

    @Test
    void anIdNumberIsRegisteredOnceInTheWholeDatabase() {
        try (Database db = TestDatabases.fresh()) {
            CommunityRepository communities = new CommunityRepository();
            MemberRepository members = new MemberRepository();
            long east = db.inTransaction(ctx -> communities.insert(ctx, "城东社区"));
            long west = db.inTransaction(ctx -> communities.insert(ctx, "城西社区"));
            var member = Members.aMember().inCommunity(east).build();
            db.inTransaction(ctx -> members.insert(ctx, member));
            var sameIdElsewhere = new org.zerodistance.domain.Member(0, west, "另一个人", member.idNumber(), member.gender(),
                    member.birthDate(), null, null, null, List.of(), null, member.status(), null, null, false);
            assertThrows(DataAccessException.class, () -> db.inTransaction(ctx -> members.insert(ctx, sameIdElsewhere)));
            assertEquals(1, (int) db.read(ctx -> ctx.fetchCount(MEMBER)));
        }
    }

    @Test
    void aFailedInsertInsideATransactionLeavesNoRow() {
        // H2 keeps a row whose FK check failed under auto-commit; inside our transaction the rollback removes it.
        try (Database db = TestDatabases.fresh()) {
            assertThrows(DataAccessException.class, () -> db.inTransactionDo(ctx -> ctx.insertInto(MEMBER)
                    .set(MEMBER.COMMUNITY_ID, 999L).set(MEMBER.NAME, "张伟").set(MEMBER.ID_NUMBER, "630102196001010011")
                    .set(MEMBER.GENDER, "M").set(MEMBER.BIRTH_DATE, LocalDate.of(1960, 1, 1)).execute()));
            assertEquals(0, (int) db.read(ctx -> ctx.fetchCount(MEMBER)));
        }
    }

    @Test
    void moneyChecksRefuseZeroOrNegativeLedgerAmounts() {
        try (Database db = TestDatabases.fresh()) {
            long community = db.inTransaction(ctx -> new CommunityRepository().insert(ctx, "城东社区"));
            assertThrows(DataAccessException.class, () -> db.inTransactionDo(ctx -> ctx.insertInto(FUND_ENTRY)
                    .set(FUND_ENTRY.COMMUNITY_ID, community).set(FUND_ENTRY.ENTRY_DATE, LocalDate.of(2026, 7, 1))
                    .set(FUND_ENTRY.KIND, "CASH").set(FUND_ENTRY.AMOUNT, new BigDecimal("-5.00"))
                    .set(FUND_ENTRY.DONOR_KIND, "ORGANISATION").set(FUND_ENTRY.OPERATOR, "测试员").execute()));
            assertThrows(DataAccessException.class, () -> db.inTransactionDo(ctx -> ctx.insertInto(FUND_ENTRY)
                    .set(FUND_ENTRY.COMMUNITY_ID, community).set(FUND_ENTRY.ENTRY_DATE, LocalDate.of(2026, 7, 1))
                    .set(FUND_ENTRY.KIND, "GOLD").set(FUND_ENTRY.AMOUNT, new BigDecimal("5.00"))
                    .set(FUND_ENTRY.DONOR_KIND, "ORGANISATION").set(FUND_ENTRY.OPERATOR, "测试员").execute()));
            assertEquals(0, (int) db.read(ctx -> ctx.fetchCount(FUND_ENTRY)));
        }
    }
}
