package org.zerodistance.testutil;

import static org.zerodistance.persistence.jooq.Tables.COMMUNITY;
import static org.zerodistance.persistence.jooq.Tables.HOUSEHOLD;
import static org.zerodistance.persistence.jooq.Tables.MEMBER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.zerodistance.domain.Quarter;
import org.zerodistance.domain.QuarterFigures;
import org.zerodistance.persistence.Database;
import org.zerodistance.persistence.DemoDataRepository;

/**
 * A small hand-made data set around 2026Q3 whose figures are counted by hand below: records just inside and just
 * outside the quarter, reversals, an archived community, member and household, and user text that looks like a formula.
 * Each table's rows are numbered 1, 2, 3… in the order written (the ids the database gives them).
 */
public final class QuarterData {

    public static final Quarter Q = Quarter.parse("2026Q3");
    public static final String EAST = "城东社区";
    public static final String WEST = "城西社区";
    public static final String OLD = "老城社区";
    public static final long EAST_ID = 1;
    public static final long WEST_ID = 2;
    public static final long OLD_ID = 3;
    /** A wish typed by a clerk that a spreadsheet would run as a formula if it were not a text cell. */
    public static final String FORMULA_TEXT = "=HYPERLINK(\"http://example.com\",\"点我\")";
    public static final String FORMULA_DONOR = "+SUM(1,2)";
    public static final String ZHANG_ID = IdNumbers.valid(101);
    public static final String ZHANG_PHONE = "13812345678";

    /** 城东社区, counted by hand (see the comments in {@link #load}). */
    public static final QuarterFigures EAST_FIGURES = new QuarterFigures(4, 1, 3, 1, 2, 5, 3, 2, 1, 3, 2, 2,
            new BigDecimal("1000.00"), new BigDecimal("250.50"), 2, 3, 1, 4, new BigDecimal("10.00"));
    /** 城西社区. */
    public static final QuarterFigures WEST_FIGURES = new QuarterFigures(1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
            new BigDecimal("0.00"), new BigDecimal("100.00"), 0, 0, 0, 1, new BigDecimal("3.00"));

    private QuarterData() {
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static OffsetDateTime at(String iso) {
        return d(iso).atTime(10, 0).atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }

    /** Writes the data set into an empty database. */
    public static void load(Database database) {
        new DemoDataRepository().load(database, s -> {
            s.community(EAST_ID, EAST);
            s.community(WEST_ID, WEST);
            s.community(OLD_ID, OLD);

            // 城东 members: 1, 2 (new), 5 (left after the quarter) and 6 (no date) count; 3 registers later, 4 left
            // during the quarter, 7 is archived.
            s.member(1, EAST_ID, "张伟", ZHANG_ID, "M", d("1980-01-01"), ZHANG_PHONE, "市教育局", "市教育局第一党支部",
                    d("2026-03-01"), "ACTIVE", null);
            s.member(2, EAST_ID, "李娜", IdNumbers.valid(102), "F", d("1985-02-02"), "13912345678", "区人民医院", "区人民医院党支部",
                    d("2026-08-15"), "ACTIVE", null);
            s.member(3, EAST_ID, "王强", IdNumbers.valid(103), "M", d("1990-03-03"), null, null, null,
                    d("2026-10-10"), "ACTIVE", null);
            s.member(4, EAST_ID, "刘洋", IdNumbers.valid(105), "M", d("1975-04-04"), null, null, null,
                    d("2025-01-01"), "MOVED_OUT", d("2026-09-01"));
            s.member(5, EAST_ID, "陈静", IdNumbers.valid(106), "F", d("1970-05-05"), null, null, null,
                    d("2025-01-01"), "MOVED_OUT", d("2026-11-01"));
            s.member(6, EAST_ID, "杨敏", IdNumbers.valid(108), "F", d("1988-06-06"), null, null, null, null, "ACTIVE", null);
            s.member(7, EAST_ID, "赵磊", IdNumbers.valid(109), "M", d("1982-07-07"), null, null, null,
                    d("2026-07-05"), "ACTIVE", null);
            // 城西: one member, new in the quarter.
            s.member(8, WEST_ID, "孙丽", IdNumbers.valid(110), "F", d("1992-08-08"), "13700001111", null, null,
                    d("2026-07-01"), "ACTIVE", null);
            // 老城 (archived): never counted in "all communities".
            s.member(9, OLD_ID, "周杰", IdNumbers.valid(111), "M", d("1979-09-09"), null, null, null,
                    d("2026-07-02"), "ACTIVE", null);

            // 城东 households: 1 visited in the quarter, 2 visited before it, 3 only after it, 4 archived.
            s.household(1, EAST_ID, "李秀英", "3", "2", "401", "09718123456", 2);
            s.household(2, EAST_ID, "王桂兰", "5", "1", "102", null, 1);
            s.household(3, EAST_ID, "张德福", "7", "3", "603", "13600002222", 3);
            s.household(4, EAST_ID, "刘玉珍", "9", "1", "101", null, 1);
            s.household(5, WEST_ID, "孙长顺", "1", "1", "101", null, 2);
            s.household(6, OLD_ID, "周凤英", "2", "2", "202", null, 1);

            // 城东 teams: 1 active; 2 founded after the quarter; 3 disbanded during it; 4 (no founding date) after it.
            s.team(1, EAST_ID, "电器维修志愿服务队", "电器维修", 1, d("2025-01-01"), "ACTIVE", null);
            s.team(2, EAST_ID, "文艺志愿服务队", "文艺", 2, d("2026-10-01"), "ACTIVE", null);
            s.team(3, EAST_ID, "助老志愿服务队", "助老", 1, d("2025-01-01"), "DISBANDED", d("2026-09-01"));
            s.team(4, EAST_ID, "法律服务志愿服务队", "法律服务", 5, null, "DISBANDED", d("2026-12-01"));
            s.teamMember(1, 1, d("2025-01-01"));
            s.teamMember(1, 2, d("2026-08-16"));

            // 城东 posts: claims 1, 2 and 5 run at the quarter's end; only 1 has a commitment by then.
            s.servicePost(1, EAST_ID, "民事调解岗", "民事调解", null, 2);
            s.servicePost(2, EAST_ID, "法律咨询岗", "法律咨询", null, 2);
            s.postClaim(1, 1, 1, d("2026-05-01"), d("2026-05-02"), null);
            s.postClaim(2, 1, 2, d("2026-08-20"), null, null);
            s.postClaim(3, 2, 5, d("2026-02-01"), null, d("2026-08-01"));
            s.postClaim(4, 2, 6, d("2026-10-02"), null, null);
            s.postClaim(5, 2, 1, d("2026-09-01"), d("2026-10-03"), null);

            // 城东 pairings: 1, 2 (new), 4 (new, ends after) run at the end; 3 ended in the quarter; 5 starts after it.
            s.pairing(1, EAST_ID, 1, 1, d("2026-01-01"), null, null);
            s.pairing(2, EAST_ID, 2, 2, d("2026-08-01"), null, null);
            s.pairing(3, EAST_ID, 5, 3, d("2026-02-01"), d("2026-09-15"), "情况好转");
            s.pairing(4, EAST_ID, 6, 1, d("2026-07-15"), d("2026-12-01"), null);
            s.pairing(5, EAST_ID, 1, 3, d("2026-10-01"), null, null);

            s.visit(1, 1, 1L, d("2026-08-01"), "了解近况");
            s.visitMember(1, 1);
            s.visit(2, 2, null, d("2026-05-01"), "初次走访");
            s.visitMember(2, 1);
            s.visit(3, 3, 5L, d("2026-10-05"), "走访");
            s.visitMember(3, 1);
            s.visit(4, 4, null, d("2026-08-01"), "走访");
            s.visitMember(4, 2);
            s.visit(5, 5, null, d("2026-09-30"), "走访");
            s.visitMember(5, 8);

            // 城东 wishes: collected in the quarter 1, 2, 3, 4, 6; claimed by its end 1, 2 (team), 6 (fulfilled
            // without a claim date); fulfilled 1 and 6. Wish 5 was collected before the quarter.
            s.wish(1, EAST_ID, 1L, null, null, FORMULA_TEXT, "生活物品", new BigDecimal("150.00"), "HOME_VISIT",
                    d("2026-07-10"), null, "FULFILLED", 1L, null, d("2026-07-12"), d("2026-08-01"), "已送到", new BigDecimal("140.00"), null);
            s.wish(2, EAST_ID, null, "吴奶奶", "13500003333", "希望有人陪伴聊天", "陪伴关爱", null, "PHONE",
                    d("2026-08-10"), d("2026-09-30"), "CLAIMED", null, 1L, d("2026-08-20"), null, null, null, null);
            s.wish(3, EAST_ID, 2L, null, null, "修理水管", "维修", null, "FORUM",
                    d("2026-09-20"), null, "CLAIMED", 2L, null, d("2026-10-05"), null, null, null, null);
            s.wish(4, EAST_ID, 3L, null, null, "想要电风扇", "生活物品", new BigDecimal("120.00"), "DROP_IN",
                    d("2026-09-25"), null, "CANCELLED", null, null, null, null, null, null, "居民已自行解决");
            s.wish(5, EAST_ID, 1L, null, null, "想要羽绒服", "生活物品", new BigDecimal("300.00"), "HOME_VISIT",
                    d("2026-06-15"), null, "FULFILLED", 1L, null, d("2026-06-20"), d("2026-07-20"), "已送到", new BigDecimal("300.00"), null);
            s.wish(6, EAST_ID, 1L, null, null, "更换门锁", "维修", new BigDecimal("60.00"), "OTHER",
                    d("2026-07-01"), null, "FULFILLED", null, null, null, d("2026-07-03"), "已上门完成", new BigDecimal("60.00"), null);
            s.wish(7, WEST_ID, 5L, null, null, "想学用智能手机", "陪伴关爱", null, "FORUM",
                    d("2026-09-30"), null, "COLLECTED", null, null, null, null, null, null, null);
            s.wish(8, OLD_ID, 6L, null, null, "想要老花镜", "医疗健康", null, "FORUM",
                    d("2026-07-02"), null, "COLLECTED", null, null, null, null, null, null, null);
            s.wishEvent(1, 4, at("2026-09-25"), null, "COLLECTED", "测试员", null, null, null);
            s.wishEvent(2, 4, at("2026-09-28"), "COLLECTED", "CANCELLED", "测试员", null, null, null);

            // 城东 help records: 2 in the quarter, one the day after, one the day before.
            s.helpRecord(1, EAST_ID, 1, 1L, 1L, null, d("2026-07-05"), "更换水龙头", "维修", new BigDecimal("80.00"), null);
            s.helpRecord(2, EAST_ID, 6, 1L, 4L, null, d("2026-09-30"), "代购药品", "医疗健康", null, null);
            s.helpRecord(3, EAST_ID, 1, 1L, 1L, null, d("2026-10-01"), "送米面油", "生活物品", null, null);
            s.helpRecord(4, EAST_ID, 1, 1L, 1L, null, d("2026-06-30"), "陪同就医", "医疗健康", null, null);

            // 城东 funds: cash 1000 + 200 reversed = 1000, materials 250.50; entry 5 is after the quarter.
            s.fundEntry(1, EAST_ID, d("2026-07-10"), "CASH", "帮扶资金", null, new BigDecimal("1000.00"), "ORGANISATION",
                    null, null, FORMULA_DONOR, 1L, null, null, null, null, "测试员");
            s.fundEntry(2, EAST_ID, d("2026-08-10"), "MATERIAL", "米面油", "10份", new BigDecimal("250.50"), "MEMBER",
                    1L, null, null, 1L, null, 1L, null, null, "测试员");
            s.fundEntry(3, EAST_ID, d("2026-08-10"), "CASH", "慰问金", null, new BigDecimal("200.00"), "TEAM",
                    null, 1L, null, 2L, null, null, null, null, "测试员");
            s.fundEntry(4, EAST_ID, d("2026-08-10"), "CASH", "慰问金", null, new BigDecimal("200.00"), "TEAM",
                    null, 1L, null, 2L, null, null, 3L, "重复登记", "测试员");
            s.fundEntry(5, EAST_ID, d("2026-10-01"), "CASH", "帮扶资金", null, new BigDecimal("999.00"), "ORGANISATION",
                    null, null, "区慈善总会", null, null, null, null, null, "测试员");
            s.fundEntry(6, WEST_ID, d("2026-09-30"), "MATERIAL", "棉被", "2床", new BigDecimal("100.00"), "ORGANISATION",
                    null, null, "市红十字会", 5L, null, null, null, null, "测试员");

            // 城东 passbook: 1+5+4+3-3 = 10 points in 4 entries (the reversal is not an entry of its own).
            s.serviceRecord(1, EAST_ID, 1, d("2026-07-02"), "VISIT", "入户走访", null, new BigDecimal("1.00"),
                    null, null, 1L, null, null, null, null, "测试员");
            s.serviceRecord(2, EAST_ID, 1, d("2026-08-01"), "WISH_FULFILLED", "兑现微心愿", null, new BigDecimal("5.00"),
                    1L, null, null, null, null, null, null, "测试员");
            s.serviceRecord(3, EAST_ID, 2, d("2026-08-05"), "TEAM_ACTIVITY", "参加服务队活动", new BigDecimal("2.00"),
                    new BigDecimal("4.00"), null, null, null, null, null, null, null, "测试员");
            s.serviceRecord(4, EAST_ID, 2, d("2026-08-06"), "HELP_RECORD", "办实事", null, new BigDecimal("3.00"),
                    null, 1L, null, null, null, null, null, "测试员");
            s.serviceRecord(5, EAST_ID, 2, d("2026-08-07"), "REVERSAL", "冲正", null, new BigDecimal("-3.00"),
                    null, null, null, null, null, 4L, "重复登记", "测试员");
            s.serviceRecord(6, EAST_ID, 1, d("2026-10-01"), "VISIT", "入户走访", null, new BigDecimal("1.00"),
                    null, null, 3L, null, null, null, null, "测试员");
            s.serviceRecord(7, EAST_ID, 5, d("2026-06-30"), "POST_DUTY", "岗位值班", new BigDecimal("1.00"),
                    new BigDecimal("2.00"), null, null, null, null, 3L, null, null, "测试员");
            s.serviceRecord(8, WEST_ID, 8, d("2026-09-30"), "POST_DUTY", "岗位值班", new BigDecimal("1.50"),
                    new BigDecimal("3.00"), null, null, null, null, null, null, null, "测试员");
            s.serviceRecord(9, OLD_ID, 9, d("2026-07-02"), "ADJUSTMENT", "表彰加分", null, new BigDecimal("5.00"),
                    null, null, null, null, null, null, "表彰", "测试员");
            s.award(1, 1, "2026Q3", "服务之星");
            s.award(2, 1, "2026Q2", "优秀共产党员志愿者");
        });
        database.inTransactionDo(ctx -> {
            ctx.update(MEMBER).set(MEMBER.ARCHIVED, true).where(MEMBER.ID.eq(7L)).execute();
            ctx.update(HOUSEHOLD).set(HOUSEHOLD.ARCHIVED, true).where(HOUSEHOLD.ID.eq(4L)).execute();
            ctx.update(COMMUNITY).set(COMMUNITY.ARCHIVED, true).where(COMMUNITY.ID.eq(OLD_ID)).execute();
        });
    }
}
