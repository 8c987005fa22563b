package org.zerodistance.testutil;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Realistic member lists made from a seed, so the same seed gives the same file: names, valid ID numbers (regions of
 * Qinghai and elsewhere, births 1960–2000), phones, work units, branches, skills, registration dates.
 */
public final class MemberLists {

    public static final String[] HEADER = {"序号", "姓名", "身份证号", "性别", "手机号码", "工作单位", "所在党支部", "特长", "报到日期", "备注"};

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "建华", "海燕", "志强", "玉兰", "国庆", "晓东"};
    private static final String[] REGIONS = {"630102", "630103", "630104", "630105", "632123", "110105", "510104", "620102"};
    private static final String[] UNITS = {"市教育局", "区卫健委", "市人民医院", "国网供电公司", "市税务局", "第三中学", "市图书馆", "区法院", "市自来水公司", "城建集团"};
    private static final String[] BRANCHES = {"机关第一党支部", "机关第二党支部", "退休党支部", "医疗党支部", "教育党支部"};
    private static final String[] SKILLS = {"法律咨询", "水电维修", "家电维修", "家庭教育", "心理疏导", "医疗保健", "文体活动", "政策宣讲", "电脑维修", "助老服务"};

    private final Random random;

    public MemberLists(long seed) {
        this.random = new Random(seed);
    }

    /** One member row for {@link #HEADER}; {@code n} makes the ID distinct. */
    public Object[] member(int n) {
        boolean man = random.nextBoolean();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(40 * 365));
        int sequence = (n % 500) * 2 + (man ? 1 : 0);
        String region = REGIONS[(n / 500) % REGIONS.length];
        // n / (500 * regions) shifts the birth date so 100,000+ rows stay distinct
        birth = birth.withDayOfYear(1).plusDays((n / (500 * REGIONS.length)) % 365);
        String id = IdNumbers.valid(region, birth, sequence);
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        String phone = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
        int first = random.nextInt(SKILLS.length);
        int second = (first + 1 + random.nextInt(SKILLS.length - 1)) % SKILLS.length;
        String skills = random.nextInt(3) == 0 ? "" : SKILLS[first] + (random.nextBoolean() ? "、" + SKILLS[second] : "");
        LocalDate registered = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(1200));
        return new Object[] {n + 1, name, id, man ? "男" : "女", phone, UNITS[random.nextInt(UNITS.length)],
            BRANCHES[random.nextInt(BRANCHES.length)], skills, registered, ""};
    }

    /** Writes {@code rows} members under a header row with SXSSF (flat memory), IDs and phones as text. */
    public Path writeXlsx(Path file, int rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = workbook.createSheet("党员名单");
            write(sheet.createRow(0), HEADER, date);
            for (int i = 0; i < rows; i++) {
                write(sheet.createRow(i + 1), member(i), date);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            workbook.dispose();
        }
        return file;
    }

    private static void write(Row row, Object[] values, CellStyle date) {
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof Number number) {
                row.createCell(c).setCellValue(number.doubleValue());
            } else if (v instanceof LocalDate d) {
                var cell = row.createCell(c);
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else if (v != null && !v.toString().isEmpty()) {
                row.createCell(c).setCellValue(v.toString());
            }
        }
    }

    public static List<String> skills() {
        return List.of(SKILLS);
    }
}
