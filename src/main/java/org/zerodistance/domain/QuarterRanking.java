package org.zerodistance.domain;

import java.util.List;

/** A community's ranking for a quarter: members by points earned in it, the first {@code topN} marked. */
public record QuarterRanking(long communityId, String communityName, Quarter quarter, int topN, List<RankingRow> rows) {

    public QuarterRanking {
        rows = List.copyOf(rows);
    }
}
