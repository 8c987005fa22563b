package org.zerodistance.testutil;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the member lists in {@code sample-data/} from a fixed seed (run it again and the lists are the same people).
 * {@code java -cp ... org.zerodistance.testutil.SampleDataGenerator sample-data}; {@code SampleDataTest} checks the
 * committed files import as their README line says.
 */
public final class SampleDataGenerator {

    private SampleDataGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "sample-data");
        Files.createDirectories(folder);
        tidy(folder.resolve("members-tidy.xlsx"));
        messy(folder.resolve("members-messy.xlsx"));
        old(folder.resolve("members-old.xls"));
        gbk(folder.resolve("members-gbk.csv"));
        System.out.println("sample member lists written to " + folder.toAbsolutePath());
    }

    /** 30 members, every column, one header row: what a tidy work unit sends. */
    static void tidy(Path file) throws IOException {
        MemberLists lists = new MemberLists(2023);
        SheetFiles sheet = SheetFiles.sheet("党员名单").row((Object[]) MemberLists.HEADER);
        for (int i = 0; i < 30; i++) {
            sheet.row(lists.member(i));
        }
        sheet.xlsx(file);
    }

    /**
     * What arrives in practice: a merged title row and a blank row above the header, headers in another order and
     * named by synonyms, extra columns, a blank row in the middle, full-width digits, a lowercase x, phones with
     * dashes and +86, dates as text in several forms, gender as M/F, skills with mixed separators, a formula in 序号,
     * text starting with "=" — and 6 rows that must be rejected, each for its own reason.
     */
    static void messy(Path file) throws IOException {
        String withX = firstIdEndingInX(5000);
        String a = IdNumbers.valid("630104", LocalDate.of(1975, 8, 15), 33);
        String b = IdNumbers.valid("630105", LocalDate.of(1988, 12, 2), 44);
        String c = IdNumbers.valid("632123", LocalDate.of(1969, 3, 30), 55);
        String d = IdNumbers.valid("110105", LocalDate.of(1992, 6, 18), 67);
        String e = IdNumbers.valid("630102", LocalDate.of(1980, 10, 1), 77);
        String f = IdNumbers.valid("510104", LocalDate.of(1984, 1, 9), 88);
        String g = IdNumbers.valid("620102", LocalDate.of(1979, 5, 20), 98);
        String badCheck = a.substring(0, 10) + "0101" + a.substring(14, 17) + "1";
        SheetFiles.sheet("Sheet1")
                .row("西宁市某局在职党员到社区报到登记表（2023年）").mergeLastRow(0, 8)
                .blankRow()
                .row("序号", "名字", "性别", "公民身份号码", "联系电话", "单位", "党组织", "专长", "报到时间", "备注")
                .row(new SheetFiles.Formula("ROW()-3"), "马建华", "男", a, "138-9710-1234", "市教育局", "机关第一党支部", "法律咨询、政策宣讲", LocalDate.of(2023, 3, 5), "支部书记")
                .row(new SheetFiles.Formula("ROW()-3"), "李海燕", "F", b, "+86 139 9710 5678", "市人民医院", "医疗党支部", "医疗保健,心理疏导", "2023/3/6", "")
                .row(new SheetFiles.Formula("ROW()-3"), "韩国庆", "M", toFullWidth(c), "0971-6123456", "国网供电公司", "机关第二党支部", "水电维修；家电维修", "2023年3月7日", "")
                .blankRow()
                .row(new SheetFiles.Formula("ROW()-4"), "赵玉兰", "女", withX.toLowerCase(), "13897105555", "第三中学", "教育党支部", "家庭教育\n文体活动", "2023.03.08", "小写 x")
                .row(new SheetFiles.Formula("ROW()-4"), "=王志强", "男", d, "", "城建集团", "=退休党支部", "助老服务", "20230309", "以等号开头的文字")
                .row(new SheetFiles.Formula("ROW()-4"), "", "男", e, "13897106666", "市税务局", "机关第一党支部", "", "2023-03-10", "缺姓名")
                .row(new SheetFiles.Formula("ROW()-4"), "孙晓东", "男", badCheck, "13897107777", "市图书馆", "机关第二党支部", "", "2023-03-11", "校验位错")
                .row(new SheetFiles.Formula("ROW()-4"), "周明", "男", Double.parseDouble(f), "13897108888", "区法院", "机关第一党支部", "", "2023-03-12", "身份证号存成了数字")
                .row(new SheetFiles.Formula("ROW()-4"), "吴丽", "女", g, "1389710", "市自来水公司", "机关第二党支部", "", "2023-03-13", "手机号少位")
                .row(new SheetFiles.Formula("ROW()-4"), "马建华", "男", a, "13897101234", "市教育局", "机关第一党支部", "", "2023-03-14", "与第4行重复")
                .row(new SheetFiles.Formula("ROW()-4"), "郭涛", "男", IdNumbers.valid("630102", LocalDate.of(1990, 2, 3), 3), "13897109999", "市教育局", "", "", "下个月", "报到时间写错")
                .xlsx(file);
    }

    /** An Excel 97-2003 file as old office PCs still save: 20 members on a sheet named 名单, header in row 1. */
    static void old(Path file) throws IOException {
        MemberLists lists = new MemberLists(1997);
        SheetFiles sheet = SheetFiles.sheet("名单").row("姓名", "身份证号", "性别", "手机", "工作单位", "党支部", "特长", "报到日期");
        for (int i = 0; i < 20; i++) {
            Object[] m = lists.member(10_000 + i);
            sheet.row(m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8]);
        }
        sheet.xls(file);
    }

    /** A CSV saved by Excel on a Chinese Windows: GBK, comma-separated, a quoted unit holding a comma and a line break. */
    static void gbk(Path file) throws IOException {
        MemberLists lists = new MemberLists(936);
        SheetFiles sheet = SheetFiles.sheet("名单").row("姓名", "身份证号", "手机号码", "工作单位", "所在党支部", "特长", "报到日期");
        for (int i = 0; i < 15; i++) {
            Object[] m = lists.member(20_000 + i);
            String unit = i == 0 ? "市教育局,办公室\n（二楼）" : (String) m[5];
            sheet.row(m[1], m[2], m[4], unit, m[6], m[7], m[8].toString().replace('-', '/'));
        }
        Files.writeString(file, sheet.csvText(','), Charset.forName("GBK"));
    }

    /** A woman's ID (even sequence) whose check character is X. */
    private static String firstIdEndingInX(int from) {
        for (int n = from; ; n += 2) {
            String id = IdNumbers.valid(n);
            if (id.endsWith("X")) {
                return id;
            }
        }
    }

    private static String toFullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        for (char ch : digits.toCharArray()) {
            out.append(Character.isDigit(ch) ? (char) (ch - '0' + '０') : ch);
        }
        return out.toString();
    }

    /** The generated files, for the test. */
    static List<String> names() {
        return new ArrayList<>(List.of("members-tidy.xlsx", "members-messy.xlsx", "members-old.xls", "members-gbk.csv"));
    }
}
