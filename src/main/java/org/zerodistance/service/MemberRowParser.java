package org.zerodistance.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zerodistance.domain.DomainException;
import org.zerodistance.domain.Gender;
import org.zerodistance.domain.GenderWord;
import org.zerodistance.domain.IdNumber;
import org.zerodistance.domain.ImportedMember;
import org.zerodistance.domain.LenientDate;
import org.zerodistance.domain.MemberField;
import org.zerodistance.domain.Phone;
import org.zerodistance.spreadsheet.CellValue;
import org.zerodistance.spreadsheet.SheetRow;

/**
 * The row rules of a member import that need no database: required name, a valid ID number (and one that was not
 * stored as a number and so lost digits), a valid phone when given, gender agreeing with the ID, readable dates,
 * lengths that fit, and no ID seen earlier in the same file.
 */
final class MemberRowParser {

    /** Scientific notation as Excel shows (and CSV exports) a long number: the digits past 15 are gone. */
    private static final Pattern EXPONENT = Pattern.compile("\\d(\\.\\d+)?[eE]\\+?\\d+");

    /**
     * Distinct texts a column may have and still be pooled; past it the column holds unique values (ID numbers, phones,
     * row numbers) and its texts are kept as read.
     */
    private static final int POOL_PER_COLUMN = 4_096;

    private final ImportLayout layout;
    private final Map<String, Integer> firstRowOfId = new HashMap<>();
    /**
     * One copy of each text a column repeats (work units, branches, genders, dates, many names): the plan holds every
     * row's cells until the import ends, and 100,000 rows of a real list hold only a few thousand distinct such texts.
     * Measured: 1.7 KiB a row without pooling. A null entry: that column stopped pooling.
     */
    private final List<Map<String, String>> pools = new ArrayList<>();
    private final Map<String, List<String>> skillLists = new HashMap<>();

    MemberRowParser(ImportLayout layout) {
        this.layout = layout;
    }

    /** The planned row for {@code row} (not yet compared with what is stored), or null for a blank row. */
    ImportPlan.Row parse(SheetRow row) {
        if (row.isBlank()) {
            return null;
        }
        List<String> cells = new ArrayList<>(row.width());
        for (int c = 0; c < row.width(); c++) {
            cells.add(pooled(c, row.cell(c).display()));
        }
        int number = row.number();

        String name = text(cells, MemberField.NAME);
        if (name == null) {
            return ImportPlan.Row.rejected(number, cells, null, "import.reason.nameMissing");
        }
        if (name.length() > ImportedMember.MAX_NAME) {
            return ImportPlan.Row.rejected(number, cells, null, "import.reason.tooLong", title(MemberField.NAME), ImportedMember.MAX_NAME);
        }

        CellValue idCell = cell(row, MemberField.ID_NUMBER);
        if (idLostDigits(idCell)) {
            return ImportPlan.Row.rejected(number, cells, null, "import.reason.idAsNumber", title(MemberField.ID_NUMBER));
        }
        IdNumber id;
        try {
            id = IdNumber.parse(idCell.display());
        } catch (DomainException e) {
            return ImportPlan.Row.rejected(number, cells, null, e.messageKey(), e.args());
        }
        Integer earlier = firstRowOfId.putIfAbsent(id.value(), number);
        if (earlier != null) {
            return ImportPlan.Row.rejected(number, cells, null, "import.reason.duplicate", earlier);
        }

        Phone phone = null;
        String phoneText = text(cells, MemberField.PHONE);
        if (phoneText != null) {
            try {
                phone = Phone.parse(phoneText);
            } catch (DomainException e) {
                return ImportPlan.Row.rejected(number, cells, null, e.messageKey(), e.args());
            }
        }

        String genderText = text(cells, MemberField.GENDER);
        if (genderText != null) {
            Optional<Gender> gender = GenderWord.parse(genderText);
            if (gender.isEmpty()) {
                return ImportPlan.Row.rejected(number, cells, null, "import.reason.genderUnknown", genderText);
            }
            if (gender.get() != id.gender()) {
                return ImportPlan.Row.rejected(number, cells, null, "import.reason.genderMismatch", genderText,
                        id.gender() == Gender.MALE ? 0 : 1);
            }
        }

        String workUnit = text(cells, MemberField.WORK_UNIT);
        if (workUnit != null && workUnit.length() > ImportedMember.MAX_WORK_UNIT) {
            return ImportPlan.Row.rejected(number, cells, null, "import.reason.tooLong", title(MemberField.WORK_UNIT), ImportedMember.MAX_WORK_UNIT);
        }
        String branch = text(cells, MemberField.PARTY_BRANCH);
        if (branch != null && branch.length() > ImportedMember.MAX_PARTY_BRANCH) {
            return ImportPlan.Row.rejected(number, cells, null, "import.reason.tooLong", title(MemberField.PARTY_BRANCH), ImportedMember.MAX_PARTY_BRANCH);
        }

        List<String> skills = null;
        String skillText = text(cells, MemberField.SKILLS);
        if (skillText != null) {
            skills = skillLists.computeIfAbsent(skillText, t -> List.copyOf(ImportedMember.splitSkills(t)));
            for (String skill : skills) {
                if (skill.length() > ImportedMember.MAX_SKILL) {
                    return ImportPlan.Row.rejected(number, cells, null, "import.reason.skillTooLong", skill, ImportedMember.MAX_SKILL);
                }
            }
        }

        LocalDate registered = null;
        CellValue dateCell = cell(row, MemberField.REGISTRATION_DATE);
        if (!dateCell.isBlank()) {
            Optional<LocalDate> date = dateCell.kind() == CellValue.Kind.DATE
                    ? Optional.of(dateCell.date().toLocalDate())
                    : LenientDate.parse(dateCell.display());
            if (date.isEmpty()) {
                return ImportPlan.Row.rejected(number, cells, null, "import.reason.dateInvalid", title(MemberField.REGISTRATION_DATE),
                        dateCell.display().strip());
            }
            registered = date.get();
        }

        ImportedMember member = new ImportedMember(name, id, phone, workUnit, branch, skills, registered);
        return new ImportPlan.Row(number, cells, member, null, ImportPlan.Outcome.NEW, null, new Object[0]);
    }

    /**
     * An ID typed into a cell formatted as a number: Excel keeps 15 significant digits, so an 18-digit ID has lost
     * its last ones (and shows as 1.10105E+17). Such a number cannot be repaired, only typed again as text.
     */
    static boolean idLostDigits(CellValue cell) {
        if (cell.kind() == CellValue.Kind.NUMBER) {
            String digits = cell.number().toBigInteger().abs().toString();
            return digits.length() > 15;
        }
        String text = cell.display().strip();
        return EXPONENT.matcher(text).matches();
    }

    private CellValue cell(SheetRow row, MemberField field) {
        Integer column = layout.mapping().get(field);
        return column == null ? CellValue.BLANK : row.cell(column);
    }

    /** The stripped text of the field's cell, or null when blank or not mapped. */
    private String text(List<String> cells, MemberField field) {
        Integer column = layout.mapping().get(field);
        if (column == null || column < 0 || column >= cells.size() || cells.get(column).isBlank()) {
            return null;
        }
        return cells.get(column).strip();
    }

    private String pooled(int column, String text) {
        while (pools.size() <= column) {
            pools.add(new HashMap<>());
        }
        Map<String, String> pool = pools.get(column);
        if (pool == null) {
            return text;
        }
        String known = pool.putIfAbsent(text, text);
        if (known != null) {
            return known;
        }
        if (pool.size() > POOL_PER_COLUMN) {
            pools.set(column, null);
        }
        return text;
    }

    private String title(MemberField field) {
        String title = layout.titleOf(field);
        return title == null || title.isEmpty() ? field.titles().get(0) : title;
    }
}
