package org.zerodistance.domain;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A member's place in a quarter's ranking; {@code top} marks the first N, who are highlighted. */
public record RankingRow(int rank, MemberName member, BigDecimal points, int fulfilledWishes, boolean top) {

    /** What the ranking is made from: a member's points earned in the quarter and wishes fulfilled in it. */
    public record Score(MemberName member, BigDecimal points, int fulfilledWishes) {
    }

    /**
     * Ranks by points (most first); ties go to more fulfilled wishes, then to the name in Chinese dictionary
     * (pinyin) order, then to the earlier registration (lower id), so every member gets a distinct place.
     */
    public static List<RankingRow> rank(List<Score> scores, int topN) {
        Collator names = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        Comparator<Score> order = Comparator.comparing(Score::points, Comparator.reverseOrder())
                .thenComparing(Score::fulfilledWishes, Comparator.reverseOrder())
                .thenComparing(s -> s.member().name(), names)
                .thenComparingLong(s -> s.member().id());
        List<Score> sorted = new ArrayList<>(scores);
        sorted.sort(order);
        List<RankingRow> rows = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Score s = sorted.get(i);
            rows.add(new RankingRow(i + 1, s.member(), s.points(), s.fulfilledWishes(), i < topN));
        }
        return rows;
    }
}
