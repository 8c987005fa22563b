package org.zerodistance.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Gender as written in a list: 男/女, M/F, male/female (any case), 男性/女性. */
public final class GenderWord {

    private static final Map<String, Gender> WORDS = Map.of(
            "男", Gender.MALE, "男性", Gender.MALE, "m", Gender.MALE, "male", Gender.MALE,
            "女", Gender.FEMALE, "女性", Gender.FEMALE, "f", Gender.FEMALE, "female", Gender.FEMALE);

    private GenderWord() {
    }

    /** The gender {@code word} names, or empty when it is none of the words above. */
    public static Optional<Gender> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String key = TextNormalizer.withoutSpaces(TextNormalizer.toHalfWidth(word)).toLowerCase(Locale.ROOT);
        return Optional.ofNullable(WORDS.get(key));
    }
}
