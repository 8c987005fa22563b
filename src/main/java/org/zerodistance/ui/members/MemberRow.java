package org.zerodistance.ui.members;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Locale;
import org.zerodistance.domain.MemberSummary;

/**
 * A member in the list, with what searching and sorting need worked out once when the list is loaded: the lowercase
 * text that search looks in, and the name's collation key (pinyin order for Chinese names).
 */
public final class MemberRow {

    private final MemberSummary member;
    private final String text;
    private final CollationKey nameKey;

    MemberRow(MemberSummary member, Collator collator) {
        this.member = member;
        StringBuilder sb = new StringBuilder(64).append(member.name());
        append(sb, member.workUnit());
        append(sb, member.partyBranch());
        member.skills().forEach(skill -> append(sb, skill));
        this.text = sb.toString().toLowerCase(Locale.ROOT);
        this.nameKey = collator.getCollationKey(member.name());
    }

    private static void append(StringBuilder sb, String part) {
        if (part != null) {
            sb.append('\u0001').append(part); // a separator no one types, so a search never spans two fields
        }
    }

    /** A Chinese collator (pinyin order); one per loading thread, collators are not thread-safe. */
    static Collator newCollator() {
        return Collator.getInstance(Locale.CHINA);
    }

    public MemberSummary member() {
        return member;
    }

    public long id() {
        return member.id();
    }

    /** Name, work unit, Party branch and skills, lowercase. */
    String searchText() {
        return text;
    }

    public CollationKey nameKey() {
        return nameKey;
    }

    @Override
    public String toString() {
        return "MemberRow[" + member.id() + "]";
    }
}
