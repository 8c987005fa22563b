package org.zerodistance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zerodistance.persistence.jooq.Tables.SERVICE_RECORD;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zerodistance.domain.PostClaim;
import org.zerodistance.domain.PostDraft;
import org.zerodistance.domain.PostDuty;
import org.zerodistance.domain.ServiceKind;
import org.zerodistance.domain.ServicePost;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;
import org.zerodistance.testutil.Members;
import org.zerodistance.testutil.TestDatabases;
import org.zerodistance.testutil.VolunteerSeed;

class PostServiceTest {

    private static final LocalDate CLAIMED = LocalDate.of(2026, 4, 1);

    private Services services;
    private PostService posts;
    private long community;
    private long zhang;
    private long li;

    @BeforeEach
    void setUp() {
        Messages.setLanguage(Language.CHINESE);
        services = TestDatabases.freshServices();
        posts = services.posts();
        VolunteerSeed seed = new VolunteerSeed(services);
        community = seed.community("城东社区").id();
        zhang = seed.member(Members.aMember().withName("张伟").inCommunity(community).withWorkUnit("市教育局"));
        li = seed.member(community, "李娜");
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    private ServicePost mediation(int people) {
        return posts.create(new PostDraft(community, "邻里调解岗", "民事调解", "调解邻里纠纷，每月值守两次", people));
    }

    @Test
    void aPostIsClaimedUntilFull() {
        ServicePost post = mediation(1);
        PostClaim claim = posts.claim(post.id(), zhang, CLAIMED);
        assertEquals("张伟", claim.member().name());
        assertTrue(claim.active());
        assertFalse(claim.signed());
        assertEquals(0, posts.get(post.id()).openPlaces());

        assertEquals("claim.error.alreadyHeld", assertThrows(ServiceException.class, () -> posts.claim(post.id(), zhang, CLAIMED)).messageKey());
        ServiceException full = assertThrows(ServiceException.class, () -> posts.claim(post.id(), li, CLAIMED));
        assertEquals("claim.error.full", full.messageKey());

        posts.endClaim(claim.id(), LocalDate.of(2026, 6, 30));
        assertEquals(1, posts.get(post.id()).openPlaces(), "leaving opens the place again");
        assertEquals("李娜", posts.claim(post.id(), li, LocalDate.of(2026, 7, 1)).member().name());
    }

    @Test
    void aMemberOfAnotherCommunityCannotClaim() {
        ServicePost post = mediation(2);
        long stranger = new VolunteerSeed(services).member(services.communities().add("城西社区").id(), "赵强");
        assertEquals("claim.error.memberNotInCommunity",
                assertThrows(ServiceException.class, () -> posts.claim(post.id(), stranger, CLAIMED)).messageKey());
    }

    @Test
    void theSigningDateIsRecorded() {
        PostClaim claim = posts.claim(mediation(1).id(), zhang, CLAIMED);
        assertEquals("claim.error.commitmentDate", assertThrows(ServiceException.class,
                () -> posts.recordCommitment(claim.id(), CLAIMED.minusDays(1))).messageKey());
        PostClaim signed = posts.recordCommitment(claim.id(), LocalDate.of(2026, 4, 2));
        assertEquals(LocalDate.of(2026, 4, 2), signed.commitmentDate());
        assertTrue(signed.signed());
    }

    @Test
    void dutiesEarnPointsLinkedToTheClaim() {
        PostClaim claim = posts.claim(mediation(1).id(), zhang, CLAIMED);
        PostDuty duty = posts.recordDuty(claim.id(), LocalDate.of(2026, 4, 15), new BigDecimal("1.5"), "调解 3 号楼漏水纠纷");
        assertEquals("3.00", duty.points().toPlainString(), "POST_DUTY: 2 points per hour");
        assertEquals("1.50", duty.hours().toPlainString());

        var entry = services.passbook().statement(zhang).lines().get(0).entry();
        assertEquals(ServiceKind.POST_DUTY, entry.kind());
        assertEquals("邻里调解岗 · 调解 3 号楼漏水纠纷", entry.description());
        Long linked = services.database().read(ctx -> ctx.select(SERVICE_RECORD.POST_CLAIM_ID).from(SERVICE_RECORD)
                .where(SERVICE_RECORD.ID.eq(duty.entryId())).fetchOne(SERVICE_RECORD.POST_CLAIM_ID));
        assertEquals(claim.id(), linked);

        PostClaim after = posts.claims(claim.postId()).get(0);
        assertEquals("1.50", after.dutyHours().setScale(2).toPlainString());
        services.passbook().reverse(duty.entryId(), LocalDate.of(2026, 4, 16), "记错了人");
        assertTrue(posts.duties(claim.id()).get(0).reversed());
        assertEquals(0, posts.claims(claim.postId()).get(0).dutyPoints().signum(), "reversed duties no longer count");
    }

    @Test
    void dutiesOutsideTheTimeTheMemberHeldThePostAreRefused() {
        PostClaim claim = posts.claim(mediation(1).id(), zhang, CLAIMED);
        posts.endClaim(claim.id(), LocalDate.of(2026, 5, 31));
        assertEquals("duty.error.outsideClaim", assertThrows(ServiceException.class,
                () -> posts.recordDuty(claim.id(), LocalDate.of(2026, 6, 2), BigDecimal.ONE, null)).messageKey());
        assertEquals("duty.error.outsideClaim", assertThrows(ServiceException.class,
                () -> posts.recordDuty(claim.id(), LocalDate.of(2026, 3, 2), BigDecimal.ONE, null)).messageKey());
    }

    @Test
    void aPostCannotNeedFewerPeopleThanHoldItNorBeArchivedWhileHeld() {
        ServicePost post = mediation(2);
        posts.claim(post.id(), zhang, CLAIMED);
        posts.claim(post.id(), li, CLAIMED);
        assertEquals("post.error.fewerThanHolders", assertThrows(ServiceException.class,
                () -> posts.update(post.id(), new PostDraft(community, "邻里调解岗", "民事调解", null, 1))).messageKey());
        assertEquals("post.error.archiveHeld", assertThrows(ServiceException.class, () -> posts.archive(post.id())).messageKey());
        assertEquals("post.error.duplicate", assertThrows(ServiceException.class, () -> mediation(1)).messageKey());
    }

    @Test
    void theCommitmentLetterCarriesTheMemberThePostAndLinesToSign(@TempDir Path folder) throws Exception {
        ServicePost post = mediation(1);
        PostClaim claim = posts.claim(post.id(), zhang, CLAIMED);
        String name = PostService.letterFileName(claim, Messages::get);
        assertEquals("承诺书-张伟-邻里调解岗.docx", name);
        Path file = posts.writeCommitmentLetter(claim.id(), Messages::get, folder.resolve(name));

        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            XWPFParagraph title = paragraphs.get(0);
            assertEquals("在职党员社区服务岗位承诺书", title.getText());
            assertEquals(ParagraphAlignment.CENTER, title.getAlignment());
            assertTrue(title.getRuns().get(0).isBold());

            String all = document.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
            assertTrue(all.contains("本人张伟，工作单位：市教育局，所在党支部：第一党支部。"), all);
            assertTrue(all.contains("认领“邻里调解岗”岗位（岗位类别：民事调解），认领日期为2026年4月1日。"), all);
            assertTrue(all.contains("岗位职责：调解邻里纠纷，每月值守两次"), all);
            assertTrue(all.contains("本人郑重承诺："), all);
            for (int i = 1; i <= PostService.COMMITMENTS; i++) {
                assertTrue(all.contains(Messages.get("letter.commitment." + i)), "commitment " + i);
            }
            assertTrue(all.contains("承诺人（签字）：＿＿"), all);
            assertTrue(all.contains("签署日期：＿＿＿＿年＿＿月＿＿日"), all);
            assertTrue(all.contains("城东社区党组织（盖章）"), all);
            assertFalse(all.contains("13812345678") || all.contains(services.database().read(ctx -> new org.zerodistance.persistence
                    .MemberRepository().findById(ctx, zhang).orElseThrow().idNumber())), "no phone or ID number on the letter");

            for (XWPFParagraph paragraph : paragraphs) {
                for (XWPFRun run : paragraph.getRuns()) {
                    String eastAsia = run.getFontFamily(XWPFRun.FontCharRange.eastAsia);
                    assertTrue(eastAsia.equals("宋体") || eastAsia.equals("黑体"), "Chinese font on every run: " + eastAsia);
                }
            }
            var pageSize = document.getDocument().getBody().getSectPr().getPgSz();
            assertEquals("11906", pageSize.getW().toString(), "A4 width");
        }
        assertNull(posts.claims(post.id()).get(0).commitmentDate(), "writing the letter does not mark it signed");
    }

    @Test
    void theLetterSpeaksEnglishWhenTheClerkDoes(@TempDir Path folder) throws Exception {
        PostClaim claim = posts.claim(mediation(1).id(), zhang, CLAIMED);
        var letter = posts.commitmentLetter(claim.id(), (key, args) -> Messages.get(Language.ENGLISH, key, args));
        assertTrue(letter.title().startsWith("Commitment"));
        assertTrue(letter.paragraphs().get(0).contains("张伟") && letter.paragraphs().get(0).contains("2026-4-1"), letter.paragraphs().get(0));
    }
}
