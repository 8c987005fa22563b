package org.zerodistance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.Award;
import org.zerodistance.domain.FollowUp;
import org.zerodistance.domain.MemberStatus;
import org.zerodistance.domain.Quarter;
import org.zerodistance.domain.QuarterRanking;
import org.zerodistance.domain.RankingRow;
import org.zerodistance.domain.ServiceKind;
import org.zerodistance.testutil.Members;
import org.zerodistance.testutil.TestDatabases;
import org.zerodistance.testutil.VolunteerSeed;

class RecognitionServiceTest {

    private static final Quarter Q3 = Quarter.parse("2026Q3");

    private Services services;
    private RecognitionService recognition;
    private VolunteerSeed seed;
    private long community;

    @BeforeEach
    void setUp() {
        services = TestDatabases.freshServices();
        recognition = services.recognition();
        seed = new VolunteerSeed(services);
        community = seed.community("城东社区").id();
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    @Test
    void membersAreRankedByPointsEarnedInTheQuarterWithTiesBrokenByWishesThenName() {
        long zhang = seed.member(community, "张伟");
        long li = seed.member(community, "李娜");
        long zhao = seed.member(community, "赵强");
        long wang = seed.member(community, "王芳");
        // 张伟, 李娜, 赵强 all earn 5 in Q3; 赵强 by a fulfilled wish, the others by 5 visits.
        for (int i = 0; i < 5; i++) {
            seed.entry(community, zhang, LocalDate.of(2026, 7, 1 + i), ServiceKind.VISIT, null);
            seed.entry(community, li, LocalDate.of(2026, 8, 1 + i), ServiceKind.VISIT, null);
        }
        seed.entry(community, zhao, LocalDate.of(2026, 9, 30), ServiceKind.WISH_FULFILLED, null);
        seed.entry(community, wang, LocalDate.of(2026, 7, 15), ServiceKind.POST_DUTY, "4");       // 8 points
        seed.entry(community, wang, LocalDate.of(2026, 6, 30), ServiceKind.WISH_FULFILLED, null); // Q2: not counted
        seed.entry(community, zhang, LocalDate.of(2026, 10, 1), ServiceKind.WISH_FULFILLED, null); // Q4: not counted

        QuarterRanking ranking = recognition.ranking(community, Q3);
        assertEquals("城东社区", ranking.communityName());
        assertEquals(10, ranking.topN(), "default N");
        assertEquals(List.of("王芳", "赵强", "李娜", "张伟"), ranking.rows().stream().map(r -> r.member().name()).toList());
        assertEquals(List.of("8.00", "5.00", "5.00", "5.00"), ranking.rows().stream().map(r -> r.points().toPlainString()).toList());
        assertEquals(List.of(0, 1, 0, 0), ranking.rows().stream().map(RankingRow::fulfilledWishes).toList());
    }

    @Test
    void topNComesFromSettingsAndAReversedWishNoLongerBreaksTies() {
        long zhang = seed.member(community, "张伟");
        long li = seed.member(community, "李娜");
        long wish = seed.entry(community, zhang, LocalDate.of(2026, 7, 1), ServiceKind.WISH_FULFILLED, null);
        services.passbook().reverse(wish, LocalDate.of(2026, 7, 2), "认领人登记错了");
        seed.entry(community, zhang, LocalDate.of(2026, 7, 3), ServiceKind.HELP_RECORD, null);
        seed.entry(community, li, LocalDate.of(2026, 7, 3), ServiceKind.HELP_RECORD, null);
        recognition.saveSettings(1, 2);

        QuarterRanking ranking = recognition.ranking(community, Q3);
        assertEquals(1, ranking.topN());
        assertEquals(List.of("李娜", "张伟"), ranking.rows().stream().map(r -> r.member().name()).toList(),
                "both have 3 points; the reversed wish does not count, so the name decides");
        assertEquals(List.of(true, false), ranking.rows().stream().map(RankingRow::top).toList());
    }

    @Test
    void membersServingFewerThanMTimesInTheYearAreListedForFollowUp() {
        long busy = seed.member(community, "张伟");
        long once = seed.member(community, "李娜");
        long never = seed.member(community, "王芳");
        seed.member(Members.aMember().withName("赵强").inCommunity(community).withStatus(MemberStatus.MOVED_OUT));
        seed.entry(community, busy, LocalDate.of(2026, 2, 1), ServiceKind.VISIT, null);
        seed.entry(community, busy, LocalDate.of(2026, 11, 1), ServiceKind.VISIT, null);
        seed.entry(community, once, LocalDate.of(2026, 5, 1), ServiceKind.VISIT, null);
        long reversed = seed.entry(community, once, LocalDate.of(2026, 6, 1), ServiceKind.VISIT, null);
        services.passbook().reverse(reversed, LocalDate.of(2026, 6, 2), "重复");
        services.passbook().adjust(never, LocalDate.of(2026, 6, 1), java.math.BigDecimal.TEN, "补发积分");
        seed.entry(community, never, LocalDate.of(2025, 12, 31), ServiceKind.VISIT, null);

        List<FollowUp> followUps = recognition.followUps(community, 2026);
        assertEquals(List.of("王芳", "李娜"), followUps.stream().map(f -> f.member().name()).toList(),
                "fewest first; adjustments, reversed entries and other years do not count; moved-out members are left out");
        assertEquals(List.of(0, 1), followUps.stream().map(FollowUp::services).toList());

        recognition.saveSettings(10, 3);
        assertEquals(3, recognition.followUps(community, 2026).size());
    }

    @Test
    void awardsAreRecordedPerQuarterAndShownForTheMember() {
        long zhang = seed.member(community, "张伟");
        Award award = recognition.recordAward(zhang, Q3, " 优秀服务党员 ");
        recognition.recordAward(zhang, Quarter.parse("2026Q2"), "服务之星");
        assertEquals("优秀服务党员", award.title());
        assertEquals(List.of("2026Q3", "2026Q2"), recognition.awardsOf(zhang).stream().map(a -> a.quarter().code()).toList());
        assertEquals(List.of(award), recognition.awardsIn(community, Q3));
        recognition.removeAward(award.id());
        assertTrue(recognition.awardsIn(community, Q3).isEmpty());
        assertEquals("award.error.titleRequired", assertThrows(org.zerodistance.domain.DomainException.class,
                () -> recognition.recordAward(zhang, Q3, " ")).messageKey());
    }

    @Test
    void settingsAreCheckedAndDefaultUntilSaved() {
        assertEquals(10, recognition.topN());
        assertEquals(2, recognition.minServices());
        assertEquals("recognition.error.topN", assertThrows(ServiceException.class, () -> recognition.saveSettings(0, 2)).messageKey());
        recognition.saveSettings(5, 4);
        assertEquals(5, recognition.topN());
        assertEquals(4, recognition.minServices());
    }
}
