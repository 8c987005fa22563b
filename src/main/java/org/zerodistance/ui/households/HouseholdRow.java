package org.zerodistance.ui.households;

import java.util.Locale;
import org.zerodistance.domain.HouseholdSummary;
import org.zerodistance.domain.Phone;
import org.zerodistance.domain.TextNormalizer;

/** A household in the list, with the lowercase text search looks in (head, address, categories, notes). */
public final class HouseholdRow {

    private final HouseholdSummary summary;
    private final String text;

    HouseholdRow(HouseholdSummary summary) {
        this.summary = summary;
        var h = summary.household();
        StringBuilder sb = new StringBuilder(64).append(h.headName()).append('\u0001').append(h.address());
        h.categories().forEach(c -> sb.append('\u0001').append(c));
        if (h.notes() != null) {
            sb.append('\u0001').append(h.notes());
        }
        this.text = TextNormalizer.toHalfWidth(sb.toString()).toLowerCase(Locale.ROOT);
    }

    public HouseholdSummary summary() {
        return summary;
    }

    public long id() {
        return summary.id();
    }

    /** Whether every word is in the text, or (digits) is the end of the phone. */
    boolean matches(String[] words) {
        String phone = summary.household().phone();
        for (String word : words) {
            if (text.contains(word)) {
                continue;
            }
            String digits = Phone.normalize(word);
            if (phone != null && !digits.isEmpty() && digits.chars().allMatch(Character::isDigit) && phone.endsWith(digits)) {
                continue;
            }
            return false;
        }
        return true;
    }

    @Override
    public String toString() {
        return "HouseholdRow[" + summary.id() + "]";
    }
}
