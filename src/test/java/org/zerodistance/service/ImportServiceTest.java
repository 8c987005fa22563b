package org.zerodistance.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.Gender;
import org.zerodistance.domain.Member;
import org.zerodistance.domain.MemberField;
import org.zerodistance.persistence.MemberRepository;
import org.zerodistance.spreadsheet.SpreadsheetException;
import org.zerodistance.testutil.IdNumbers;
import org.zerodistance.testutil.Members;
import org.zerodistance.testutil.SheetFiles;
import org.zerodistance.testutil.TestDatabases;

/** The row rules and whole-file rules of a member import, on small files made here and a fresh database. */
class ImportServiceTest {

    private static final Object[] HEADER = {"序号", "姓名", "身份证号", "性别", "手机号", "工作单位", "所在党支部", "特长", "报到日期", "备注"};

    @TempDir
    Path dir;

    private Services services;
    private ImportService imports;
    private Community east;
    private Community west;
    private final MemberRepository repository = new MemberRepository();

    @BeforeEach
    void setUp() {
        services = TestDatabases.freshServices();
        imports = services.imports();
        east = services.communities().add("城东社区");
        west = services.communities().add("城西社区");
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    private List<Member> membersOf(Community community) {
        return services.database().read(ctx -> repository.listByCommunity(ctx, community.id(), true));
    }

    private int memberCount() {
        return services.database().read(ctx -> ctx.fetchCount(org.jooq.impl.DSL.table("MEMBER")));
    }

    private static Map<Integer, ImportPlan.Row> byRow(ImportPlan plan) {
        return plan.rows().stream().collect(Collectors.toMap(ImportPlan.Row::number, Function.identity()));
    }

    private ImportPlan importInto(Community community, Path file) {
        return imports.importFile(file, community.id(), false, ImportMonitor.NONE);
    }

    @Test
    void aTidyListImportsEveryFieldAndDerivesGenderAndBirthDate() throws IOException {
        String man = IdNumbers.valid("630102", LocalDate.of(1985, 3, 12), 31);
        String woman = IdNumbers.valid("630102", LocalDate.of(1990, 7, 1), 42);
        Path file = SheetFiles.sheet("名单").row(HEADER)
                .row(1, "张伟", man, "男", "138 1234 5678", "市教育局", "第一党支部", "法律咨询、心理疏导", LocalDate.of(2023, 5, 1), "组长")
                .row(2, "李娜", woman, "女", null, "区卫健委", "第二党支部", null, "2023年6月2日")
                .xlsx(dir.resolve("tidy.xlsx"));

        ImportPlan plan = importInto(east, file);

        assertEquals(2, plan.rowsRead());
        assertEquals(2, plan.count(ImportPlan.Outcome.NEW));
        List<Member> stored = membersOf(east);
        Member zhang = stored.stream().filter(m -> m.name().equals("张伟")).findFirst().orElseThrow();
        assertEquals(man, zhang.idNumber());
        assertEquals(Gender.MALE, zhang.gender());
        assertEquals(LocalDate.of(1985, 3, 12), zhang.birthDate());
        assertEquals("13812345678", zhang.phone());
        assertEquals("市教育局", zhang.workUnit());
        assertEquals("第一党支部", zhang.partyBranch());
        assertEquals(List.of("心理疏导", "法律咨询"), zhang.skills().stream().sorted().toList());
        assertEquals(LocalDate.of(2023, 5, 1), zhang.registrationDate());
        Member li = stored.stream().filter(m -> m.name().equals("李娜")).findFirst().orElseThrow();
        assertEquals(Gender.FEMALE, li.gender());
        assertNull(li.phone());
        assertEquals(LocalDate.of(2023, 6, 2), li.registrationDate());
        assertTrue(services.auditor() != null);
    }

    @Test
    void importingTheSameFileTwiceChangesNothingAndAChangedFieldUpdates() throws IOException {
        String a = IdNumbers.valid(1001);
        String b = IdNumbers.valid(1002);
        SheetFiles list = SheetFiles.sheet("名单").row("姓名", "身份证号", "手机", "单位")
                .row("张伟", a, "13812345678", "市教育局")
                .row("李娜", b, "13912345678", "区卫健委");
        Path file = list.xlsx(dir.resolve("list.xlsx"));
        assertEquals(2, importInto(east, file).count(ImportPlan.Outcome.NEW));

        ImportPlan again = importInto(east, file);
        assertEquals(2, again.count(ImportPlan.Outcome.UNCHANGED));
        assertEquals(0, again.count(ImportPlan.Outcome.NEW) + again.count(ImportPlan.Outcome.UPDATE));

        Path changed = SheetFiles.sheet("名单").row("姓名", "身份证号", "手机", "单位")
                .row("张伟", a, "", "市教育局")          // a blank phone keeps the stored one
                .row("李娜", b, "13912345678", "市人民医院")
                .xlsx(dir.resolve("changed.xlsx"));
        ImportPlan third = importInto(east, changed);
        assertEquals(1, third.count(ImportPlan.Outcome.UNCHANGED));
        assertEquals(1, third.count(ImportPlan.Outcome.UPDATE));
        Map<String, Member> stored = membersOf(east).stream().collect(Collectors.toMap(Member::name, m -> m));
        assertEquals("13812345678", stored.get("张伟").phone());
        assertEquals("市人民医院", stored.get("李娜").workUnit());
        assertEquals(2, memberCount());
    }

    @Test
    void everyRowRuleRejectsWithTheExcelRowNumberAndAReason() throws IOException {
        String good = IdNumbers.valid("630102", LocalDate.of(1980, 1, 1), 11);
        String withX = findIdEndingInX();
        String badCheck = good.substring(0, 17) + (good.charAt(17) == '9' ? '8' : '9');
        String woman = IdNumbers.valid("630102", LocalDate.of(1982, 2, 2), 22);
        Path file = SheetFiles.sheet("名单")
                .row("2023年城东社区报到党员名单").mergeLastRow(0, 6)       // row 1
                .blankRow()                                                   // row 2
                .row("姓名", "身份证号", "性别", "手机", "党支部", "报到日期", "特长") // row 3: header
                .row("张伟", good, "男", "13812345678", "一支部", "2023.05.01")      // 4 new
                .row(null, IdNumbers.valid(2001), "女")                          // 5 name missing
                .row("王强", badCheck)                                            // 6 bad check character
                .blankRow()                                                   // 7 blank: skipped, not counted
                .row("赵敏", withX.toLowerCase().replace('0', '０'), null, "") // 8 lowercase x + full-width: fine
                .row("刘洋", IdNumbers.valid(2003), null, "12345")               // 9 bad phone
                .row("张伟", " " + good + " ")                                    // 10 duplicate of row 4
                .row("陈静", 630102198001010011d)                                 // 11 ID stored as a number
                .row("周杰", woman, "男")                                         // 12 gender against the ID
                .row("吴磊", IdNumbers.valid(2005), "未知")                       // 13 unknown gender word
                .row("郑爽", IdNumbers.valid(2007), null, null, null, "下周一")   // 14 bad date
                .row("=SUM(A1)", IdNumbers.valid(2009), null, null, "-第三支部", "20230501", "@水电维修") // 15 literal text
                .xlsx(dir.resolve("messy.xlsx"));

        ImportPlan plan = importInto(east, file);

        assertEquals(3, plan.layout().headerRow());
        assertEquals(11, plan.rowsRead(), "the blank row is not counted");
        Map<Integer, ImportPlan.Row> rows = byRow(plan);
        assertEquals(ImportPlan.Outcome.NEW, rows.get(4).outcome());
        assertEquals("import.reason.nameMissing", rows.get(5).reasonKey());
        assertEquals("id.error.checksum", rows.get(6).reasonKey());
        assertTrue(!rows.containsKey(7));
        assertEquals(ImportPlan.Outcome.NEW, rows.get(8).outcome());
        assertEquals(withX, rows.get(8).member().idNumber().value());
        assertEquals("phone.error.invalid", rows.get(9).reasonKey());
        assertEquals("import.reason.duplicate", rows.get(10).reasonKey());
        assertArrayEquals(new Object[] {4}, rows.get(10).reasonArgs());
        assertEquals("import.reason.idAsNumber", rows.get(11).reasonKey());
        assertEquals("import.reason.genderMismatch", rows.get(12).reasonKey());
        assertEquals("import.reason.genderUnknown", rows.get(13).reasonKey());
        assertEquals("import.reason.dateInvalid", rows.get(14).reasonKey());
        assertEquals(ImportPlan.Outcome.NEW, rows.get(15).outcome());
        assertEquals(3, plan.count(ImportPlan.Outcome.NEW));
        assertEquals(8, plan.count(ImportPlan.Outcome.REJECTED));

        Map<String, Member> stored = membersOf(east).stream().collect(Collectors.toMap(Member::name, m -> m));
        assertEquals(3, stored.size());
        Member literal = stored.get("=SUM(A1)");
        assertEquals("-第三支部", literal.partyBranch());
        assertEquals(List.of("@水电维修"), literal.skills());
        assertEquals(LocalDate.of(2023, 5, 1), literal.registrationDate());
        assertEquals(LocalDate.of(2023, 5, 1), stored.get("张伟").registrationDate());
    }

    private static String findIdEndingInX() {
        for (int n = 0; ; n++) {
            String id = IdNumbers.valid(n);
            if (id.endsWith("X")) {
                return id;
            }
        }
    }

    @Test
    void anIdRegisteredInAnotherCommunityIsRejectedNamingIt() throws IOException {
        String id = IdNumbers.valid(3001);
        services.database().inTransactionDo(ctx -> repository.insert(ctx,
                Members.aMember().inCommunity(west.id()).withName("孙丽").withIdNumber(id).build()));
        Path file = SheetFiles.sheet("s").row("姓名", "身份证号").row("孙丽", id).xlsx(dir.resolve("other.xlsx"));

        ImportPlan plan = importInto(east, file);

        ImportPlan.Row row = plan.rows().get(0);
        assertEquals(ImportPlan.Outcome.REJECTED, row.outcome());
        assertEquals("import.reason.otherCommunity", row.reasonKey());
        assertEquals("城西社区", row.reasonArgs()[0]);
        assertEquals(0, membersOf(east).size());
    }

    @Test
    void aDryRunReportsTheSameAndWritesNothing() throws IOException {
        Path file = SheetFiles.sheet("s").row("姓名", "身份证号").row("张伟", IdNumbers.valid(4001)).row("", IdNumbers.valid(4002))
                .xlsx(dir.resolve("dry.xlsx"));
        ImportPlan plan = imports.importFile(file, east.id(), true, ImportMonitor.NONE);
        assertEquals(1, plan.count(ImportPlan.Outcome.NEW));
        assertEquals(1, plan.count(ImportPlan.Outcome.REJECTED));
        assertEquals(0, memberCount());
    }

    @Test
    void refusedFilesLeaveTheMemberCountUnchanged() throws IOException {
        importInto(east, SheetFiles.sheet("s").row("姓名", "身份证号").row("张伟", IdNumbers.valid(5001)).xlsx(dir.resolve("one.xlsx")));
        assertEquals(1, memberCount());

        Path noHeader = SheetFiles.sheet("s").row("一些", "无关").row("内容", "而已").xlsx(dir.resolve("noheader.xlsx"));
        Path noId = SheetFiles.sheet("s").row("姓名", "手机").row("张伟", "13812345678").xlsx(dir.resolve("noid.xlsx"));
        Path corrupt = dir.resolve("corrupt.xlsx");
        Files.write(corrupt, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        Path notSheet = dir.resolve("notes.csv");
        Files.write(notSheet, new byte[] {0, 1, 2, 3, 0, 0});

        assertEquals("import.refused.noHeader", assertThrows(SpreadsheetException.class, () -> importInto(east, noHeader)).messageKey());
        assertEquals("import.refused.noIdColumn", assertThrows(SpreadsheetException.class, () -> importInto(east, noId)).messageKey());
        assertEquals("import.refused.corrupt", assertThrows(SpreadsheetException.class, () -> importInto(east, corrupt)).messageKey());
        assertEquals("import.refused.notSpreadsheet", assertThrows(SpreadsheetException.class, () -> importInto(east, notSheet)).messageKey());
        assertEquals(1, memberCount());
    }

    @Test
    void cancellingInTheMiddleLeavesNothing() throws IOException {
        SheetFiles list = SheetFiles.sheet("s").row("姓名", "身份证号", "特长");
        for (int i = 0; i < 2500; i++) {
            list.row("党员" + i, IdNumbers.valid(10_000 + i), "法律咨询");
        }
        Path file = list.xlsx(dir.resolve("big.xlsx"));
        ImportPlan plan = imports.preview(file, imports.analyse(file), east.id(), ImportMonitor.NONE);
        int[] seen = {0};
        ImportMonitor cancelAfterFirstBatch = new ImportMonitor() {
            @Override
            public void written(int done, int total) {
                seen[0] = done;
            }

            @Override
            public boolean isCancelled() {
                return seen[0] >= 1000;
            }
        };
        assertThrows(ImportService.ImportCancelledException.class, () -> imports.apply(plan, cancelAfterFirstBatch));
        assertTrue(seen[0] >= 1000, "some rows had been written before the cancel");
        assertEquals(0, memberCount());
        assertEquals(0, (int) services.database().read(ctx -> ctx.fetchCount(org.jooq.impl.DSL.table("MEMBER_SKILL"))));
    }

    @Test
    void applyDecidesAgainAgainstWhatIsStoredThen() throws IOException {
        String id = IdNumbers.valid(6001);
        Path file = SheetFiles.sheet("s").row("姓名", "身份证号").row("张伟", id).xlsx(dir.resolve("late.xlsx"));
        ImportPlan preview = imports.preview(file, imports.analyse(file), east.id(), ImportMonitor.NONE);
        assertEquals(ImportPlan.Outcome.NEW, preview.rows().get(0).outcome());
        services.database().inTransactionDo(ctx -> repository.insert(ctx,
                Members.aMember().inCommunity(west.id()).withIdNumber(id).build()));

        ImportPlan done = imports.apply(preview, ImportMonitor.NONE);

        assertEquals("import.reason.otherCommunity", done.rows().get(0).reasonKey());
        assertEquals(0, membersOf(east).size());
    }

    @Test
    void oldXlsAndGbkAndUtf8CsvImportAlike() throws IOException {
        SheetFiles list = SheetFiles.sheet("名单").row("名字", "公民身份号码", "联系电话", "党组织", "专长")
                .row("张伟", IdNumbers.valid(7001), "13812345678", "一支部", "法律咨询，水电维修")
                .row("李娜", IdNumbers.valid(7002), "0971-1234567", "二支部", "家庭教育");
        List<Path> files = List.of(
                list.xls(dir.resolve("old.xls")),
                list.csv(dir.resolve("gbk.csv"), Charset.forName("GBK"), ',', false),
                list.csv(dir.resolve("utf8.csv"), StandardCharsets.UTF_8, ';', true));
        for (int i = 0; i < files.size(); i++) {
            Community community = services.communities().add("社区" + i);
            ImportPlan plan = importInto(community, files.get(i));
            assertEquals(2, plan.count(ImportPlan.Outcome.NEW), files.get(i).toString());
            Map<String, Member> stored = membersOf(community).stream().collect(Collectors.toMap(Member::name, m -> m));
            assertEquals("09711234567", stored.get("李娜").phone());
            assertEquals(List.of("水电维修", "法律咨询"), stored.get("张伟").skills().stream().sorted().toList());
            // the same people cannot be in two communities: clear them for the next format
            services.database().inTransactionDo(ctx -> {
                ctx.execute("DELETE FROM member_skill");
                ctx.execute("DELETE FROM member");
            });
        }
    }

    @Test
    void theLayoutCanBeChangedByTheClerk() throws IOException {
        Path file = SheetFiles.sheet("说明").row("本表说明").andSheet("名单")
                .row("标题").row("名称", "证件号", "手机").row("张伟", IdNumbers.valid(8001), "13812345678")
                .xlsx(dir.resolve("odd.xlsx"));
        assertEquals("import.refused.noHeader", assertThrows(SpreadsheetException.class, () -> imports.analyse(file)).messageKey());

        ImportLayout layout = imports.layout(file, 1, 2)
                .withColumn(MemberField.NAME, 0)
                .withColumn(MemberField.ID_NUMBER, 1);
        assertEquals(List.of("名称", "证件号", "手机"), layout.titles());
        assertEquals(2, layout.mapping().get(MemberField.PHONE), "手机 is still recognised");
        ImportPlan plan = imports.apply(imports.preview(file, layout, east.id(), ImportMonitor.NONE), ImportMonitor.NONE);
        assertEquals(1, plan.count(ImportPlan.Outcome.NEW));
        assertEquals("张伟", membersOf(east).get(0).name());
    }
}
