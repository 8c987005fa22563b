package org.zerodistance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zerodistance.persistence.jooq.Tables.SERVICE_RECORD;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.domain.Gender;
import org.zerodistance.domain.Member;
import org.zerodistance.domain.MemberDraft;
import org.zerodistance.domain.MemberStatus;
import org.zerodistance.domain.MemberSummary;
import org.zerodistance.domain.ServiceKind;
import org.zerodistance.domain.ServiceRecordDraft;
import org.zerodistance.persistence.AuditRepository;
import org.zerodistance.testutil.IdNumbers;
import org.zerodistance.testutil.TestDatabases;

/** The member registry on a fresh database: uniqueness across communities, transfer, archive, reveal. */
class MemberServiceTest {

    private final Services services = TestDatabases.freshServices();
    private final MemberService members = services.members();
    private final long east = services.communities().add("城东社区").id();
    private final long west = services.communities().add("城西社区").id();

    @AfterEach
    void close() {
        services.database().close();
    }

    private static MemberDraft draft(String name, String idNumber) {
        return new MemberDraft(name, idNumber, "138 1234 5678", "市教育局", "第一党支部", List.of("法律咨询"),
                LocalDate.of(2026, 3, 1), MemberStatus.ACTIVE, null, "周末有空");
    }

    @Test
    void addedMemberIsListedWithDerivedFieldsAndSkills() {
        Member added = members.add(east, draft(" 张伟 ", "63010219800118123x"));
        assertTrue(added.id() > 0);
        List<MemberSummary> rows = members.list(east, false);
        assertEquals(1, rows.size());
        MemberSummary row = rows.get(0);
        assertEquals("张伟", row.name());
        assertEquals("63010219800118123X", row.idNumber());
        assertEquals(Gender.MALE, row.gender());
        assertEquals("13812345678", row.phone());
        assertEquals(List.of("法律咨询"), row.skills());
        assertEquals("城东社区", row.communityName());
        assertEquals("周末有空", members.get(added.id()).notes());
        assertTrue(members.list(west, false).isEmpty());
        assertEquals(1, members.list(null, false).size());
    }

    @Test
    void anIdNumberIsRegisteredOnceInTheWholeDatabase() {
        String id = IdNumbers.valid(11);
        Member first = members.add(west, draft("张伟", id));
        MemberConflictException elsewhere = assertThrows(MemberConflictException.class, () -> members.add(east, draft("张伟", id)));
        assertEquals("member.error.registeredElsewhere", elsewhere.messageKey());
        assertEquals(MemberConflictException.Remedy.TRANSFER, elsewhere.remedy());
        assertEquals("城西社区", elsewhere.communityName());
        assertEquals(first.id(), elsewhere.memberId());
        assertFalse(String.valueOf(java.util.Arrays.asList(elsewhere.args())).contains(id), "the message shows the ID masked");

        MemberConflictException here = assertThrows(MemberConflictException.class, () -> members.add(west, draft("张伟", id.toLowerCase())));
        assertEquals(MemberConflictException.Remedy.EDIT, here.remedy());
        assertEquals(1, members.list(null, true).size());
    }

    @Test
    void transferMovesTheMemberAndKeepsTheirRecordsWhereTheyHappened() {
        String id = IdNumbers.valid(12);
        Member member = members.add(west, draft("王芳", id));
        services.database().inTransactionDo(ctx -> services.pointsLedger().record(ctx, ServiceRecordDraft.byRule(west, member.id(),
                LocalDate.of(2026, 4, 1), ServiceKind.HELP_RECORD, "修水管", null, ServiceRecordDraft.Links.NONE)));

        MemberDraft typedHere = new MemberDraft("王芳", id, "13900001111", "市卫健委", "第二党支部", List.of("医疗保健"),
                LocalDate.of(2026, 5, 1), MemberStatus.ACTIVE, null, null);
        MemberConflictException conflict = assertThrows(MemberConflictException.class, () -> members.add(east, typedHere));
        Member moved = members.transfer(conflict.memberId(), east, typedHere);

        assertEquals(member.id(), moved.id(), "the same member row moves: no second registration");
        assertEquals(east, members.get(member.id()).communityId());
        assertEquals("市卫健委", members.get(member.id()).workUnit());
        assertEquals(List.of("医疗保健"), members.get(member.id()).skills());
        assertTrue(members.list(west, true).isEmpty());
        assertEquals(1, members.list(east, false).size());
        Long recordCommunity = services.database().read(ctx -> ctx.select(SERVICE_RECORD.COMMUNITY_ID).from(SERVICE_RECORD)
                .where(SERVICE_RECORD.MEMBER_ID.eq(member.id())).fetchOne(SERVICE_RECORD.COMMUNITY_ID));
        assertEquals(west, recordCommunity, "the passbook entry stays with the community where it was earned");
        AuditEntry transfer = latestAudit();
        assertEquals(AuditEntry.Action.TRANSFER, transfer.action());
        assertTrue(transfer.summary().contains("from=城西社区") && transfer.summary().contains("to=城东社区"), transfer.summary());
        assertThrows(ServiceException.class, () -> members.transfer(member.id(), east, null), "already here");
    }

    @Test
    void archivedMembersAreHiddenAndCanBeRestored() {
        Member member = members.add(east, draft("李强", IdNumbers.valid(13)));
        members.archive(member.id());
        assertTrue(members.list(east, false).isEmpty());
        assertTrue(members.list(east, true).get(0).archived());
        assertEquals(AuditEntry.Action.ARCHIVE, latestAudit().action());

        MemberConflictException again = assertThrows(MemberConflictException.class, () -> members.add(east, draft("李强", IdNumbers.valid(13))));
        assertEquals(MemberConflictException.Remedy.RESTORE, again.remedy());

        members.restore(member.id());
        assertEquals(1, members.list(east, false).size());
        assertEquals(AuditEntry.Action.RESTORE, latestAudit().action());
    }

    @Test
    void revealingWritesWhoAndWhoseButNeverTheValue() {
        String id = "63010219800118123X";
        Member member = members.add(east, draft("赵敏", id));
        assertEquals(id, members.revealIdNumber(member.id()));
        AuditEntry entry = latestAudit();
        assertEquals(AuditEntry.Action.REVEAL, entry.action());
        assertEquals("测试员", entry.operator());
        assertEquals(member.id(), entry.entityId());
        assertTrue(entry.summary().contains("赵敏") && entry.summary().contains("idNumber"), entry.summary());
        assertFalse(entry.summary().contains(id));
        assertNotNull(entry.occurredAt());

        assertEquals("13812345678", members.revealPhone(member.id()));
        assertFalse(latestAudit().summary().contains("13812345678"));
        for (AuditEntry e : services.database().read(ctx -> new AuditRepository().latest(ctx, 50))) {
            assertFalse(e.summary() != null && (e.summary().contains(id) || e.summary().contains("13812345678")), e.summary());
        }
    }

    @Test
    void updateChecksUniquenessAndSkillsAndAuditsFieldNamesOnly() {
        Member a = members.add(east, draft("甲", IdNumbers.valid(21)));
        members.add(west, draft("乙", IdNumbers.valid(22)));
        MemberConflictException taken = assertThrows(MemberConflictException.class, () -> members.update(a.id(), draft("甲", IdNumbers.valid(22))));
        assertEquals("member.error.idTaken", taken.messageKey());

        MemberDraft unknownSkill = new MemberDraft("甲", IdNumbers.valid(21), null, null, null, List.of("开挖掘机"), null, MemberStatus.ACTIVE, null, null);
        assertEquals("member.error.unknownSkill", assertThrows(ServiceException.class, () -> members.update(a.id(), unknownSkill)).messageKey());

        MemberDraft movedOut = new MemberDraft("甲", IdNumbers.valid(21), "13900002222", null, null, List.of(), LocalDate.of(2026, 3, 1),
                MemberStatus.MOVED_OUT, LocalDate.of(2026, 4, 2), null);
        members.update(a.id(), movedOut);
        Member after = members.get(a.id());
        assertEquals(MemberStatus.MOVED_OUT, after.status());
        assertEquals(LocalDate.of(2026, 4, 2), after.statusDate());
        String summary = latestAudit().summary();
        assertTrue(summary.contains("phone") && summary.contains("status"), summary);
        assertFalse(summary.contains("13900002222"), summary);
    }

    @Test
    void findByIdNumberAcceptsAnyTypedForm() {
        members.add(west, draft("钱七", "11010519491231002X"));
        assertEquals("城西社区", members.findByIdNumber("１１０１０５１９４９１２３１００２x").orElseThrow().communityName());
        assertTrue(members.findByIdNumber(IdNumbers.valid(99)).isEmpty());
    }

    @Test
    void firstRowsComeInNameOrder() {
        members.add(east, draft("丙", IdNumbers.valid(31)));
        members.add(east, draft("乙", IdNumbers.valid(32)));
        members.add(east, draft("甲", IdNumbers.valid(33)));
        List<MemberSummary> first = members.firstRows(east, false, 2);
        assertEquals(2, first.size());
        assertEquals(List.of("丙", "乙", "甲").stream().sorted().limit(2).toList(), first.stream().map(MemberSummary::name).toList());
        assertEquals(List.of("法律咨询"), first.get(0).skills());
    }

    private AuditEntry latestAudit() {
        return services.database().read(ctx -> new AuditRepository().latest(ctx, 1)).get(0);
    }

    @Test
    void twoRegistrationsOfOnePersonAtOnceLeaveOneAndSayWhy() throws Exception {
        String id = IdNumbers.valid(77);
        int clerks = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clerks);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Member>> results = new java.util.ArrayList<>();
        for (int i = 0; i < clerks; i++) {
            long community = i % 2 == 0 ? east : west;
            results.add(pool.submit(() -> {
                start.await();
                return members.add(community, draft("孙悟空", id));
            }));
        }
        start.countDown();
        int saved = 0;
        for (var result : results) {
            try {
                result.get();
                saved++;
            } catch (java.util.concurrent.ExecutionException e) {
                ServiceException refused = assertInstanceOf(ServiceException.class, e.getCause());
                assertFalse(java.util.Arrays.toString(refused.args()).contains(id), "the refusal never shows the number");
            }
        }
        pool.shutdown();
        assertEquals(1, saved);
        assertEquals(1, members.list(null, true).size());
    }
}
