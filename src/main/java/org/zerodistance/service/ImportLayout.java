package org.zerodistance.service;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.zerodistance.domain.MemberField;
import org.zerodistance.spreadsheet.Spreadsheet;

/**
 * Where the members are in a file: the sheet, the header row (as Excel numbers it), the column titles found there and
 * which column holds which field. Detected by {@link ImportService#analyse}; the wizard lets the clerk change it.
 */
public record ImportLayout(String fileName, Spreadsheet.Format format, List<String> sheetNames, int sheetIndex,
                           int headerRow, List<String> titles, Map<MemberField, Integer> mapping) {

    public ImportLayout {
        sheetNames = List.copyOf(sheetNames);
        titles = List.copyOf(titles);
        EnumMap<MemberField, Integer> copy = new EnumMap<>(MemberField.class);
        copy.putAll(mapping);
        mapping = Collections.unmodifiableMap(copy);
    }

    public String sheetName() {
        return sheetNames.get(sheetIndex);
    }

    /** The same layout with {@code field} read from {@code column} (null: not imported). */
    public ImportLayout withColumn(MemberField field, Integer column) {
        EnumMap<MemberField, Integer> changed = new EnumMap<>(MemberField.class);
        changed.putAll(mapping);
        if (column == null || column < 0) {
            changed.remove(field);
        } else {
            changed.values().remove(column); // one column feeds one field
            changed.put(field, column);
        }
        return new ImportLayout(fileName, format, sheetNames, sheetIndex, headerRow, titles, changed);
    }

    /** The title of the column {@code field} is read from, or null. */
    public String titleOf(MemberField field) {
        Integer column = mapping.get(field);
        return column == null || column >= titles.size() ? null : titles.get(column);
    }
}
