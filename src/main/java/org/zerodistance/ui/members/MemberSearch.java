package org.zerodistance.ui.members;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;
import org.zerodistance.domain.IdNumber;
import org.zerodistance.domain.MemberStatus;
import org.zerodistance.domain.Phone;
import org.zerodistance.domain.TextNormalizer;

/**
 * Which members the list shows: every word of the search must be found in the name, work unit, Party branch or skills,
 * or be the end of the ID number or phone (the "last four digits" a clerk reads off a card); then the filters.
 */
public final class MemberSearch {

    private MemberSearch() {
    }

    /** The predicate for a search text and filters; {@code status} and {@code skill} null mean any. */
    public static Predicate<MemberRow> predicate(String query, MemberStatus status, String skill, boolean showArchived) {
        Word[] words = Arrays.stream(words(query)).map(Word::of).toArray(Word[]::new);
        return row -> {
            var m = row.member();
            if (m.archived() && !showArchived) {
                return false;
            }
            if (status != null && m.status() != status) {
                return false;
            }
            if (skill != null && !m.skills().contains(skill)) {
                return false;
            }
            for (Word word : words) {
                if (!matches(row, word)) {
                    return false;
                }
            }
            return true;
        };
    }

    static String[] words(String query) {
        if (query == null || query.isBlank()) {
            return new String[0];
        }
        return Arrays.stream(TextNormalizer.toHalfWidth(query).strip().split("\\s+"))
                .map(w -> w.toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    private static boolean matches(MemberRow row, Word word) {
        if (row.searchText().contains(word.lower())) {
            return true;
        }
        var m = row.member();
        if (m.idNumber().endsWith(word.idTail())) {
            return true;
        }
        String phone = m.phone();
        return phone != null && word.phoneTail() != null && phone.endsWith(word.phoneTail());
    }

    /** A search word in the three forms it is compared in, worked out once per keystroke rather than once per row. */
    private record Word(String lower, String idTail, String phoneTail) {
        static Word of(String lower) {
            String phone = Phone.normalize(lower);
            return new Word(lower, IdNumber.normalize(lower), isDigits(phone) ? phone : null);
        }
    }

    static boolean isDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }
}
