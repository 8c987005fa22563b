package org.zerodistance.service;

import org.zerodistance.domain.Quarter;

/**
 * How much demo data to generate and from which seed; the data spans the four quarters ending with {@code lastQuarter}.
 * The same spec always gives the same data.
 */
public record DemoSpec(int communities, int members, int households, int wishes, int records, long seed,
                       Quarter lastQuarter) {

    /** The upper bound of each count: far above a street office, still fits the ids and arrays used. */
    public static final int MAX_COUNT = 20_000_000;

    public DemoSpec {
        check("communities", communities, 1);
        check("members", members, communities);
        check("households", households, 0);
        check("wishes", wishes, 0);
        check("records", records, 0);
        if (lastQuarter == null) {
            throw new ServiceException("demo.error.quarterRequired");
        }
    }

    private static void check(String option, int value, int min) {
        if (value < min || value > MAX_COUNT) {
            throw new ServiceException("demo.error.count", "--" + option, min, MAX_COUNT);
        }
    }

    /** The first quarter of the four. */
    public Quarter firstQuarter() {
        return lastQuarter.previous().previous().previous();
    }
}
