package org.zerodistance.domain;

import java.math.BigDecimal;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        // Each name's collation key made once: comparing keys gives the collator's order, and a large community has
        // thousands of ties on points for the collator to break a comparison at a time.
        Collator names = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        Map<String, CollationKey> keys = new HashMap<>();
        List<Keyed> sorted = new ArrayList<>(scores.size());
        for (Score score : scores) {
            sorted.add(new Keyed(score, keys.computeIfAbsent(score.member().name(), names::getCollationKey)));
        }
        Comparator<Keyed> order = Comparator.comparing((Keyed k) -> k.score().points(), Comparator.reverseOrder())
                .thenComparing(k -> k.score().fulfilledWishes(), Comparator.reverseOrder())
                .thenComparing(Keyed::name)
                .thenComparingLong(k -> k.score().member().id());
        sorted.sort(order);
        List<RankingRow> rows = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Score s = sorted.get(i).score();
            rows.add(new RankingRow(i + 1, s.member(), s.points(), s.fulfilledWishes(), i < topN));
        }
        return rows;
    }

    private record Keyed(Score score, CollationKey name) {
    }
}
