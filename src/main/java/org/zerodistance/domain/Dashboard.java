package org.zerodistance.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard shows for a quarter and a community (or all): the summary figures and the data of its charts.
 *
 * @param wishesByStatus the quarter's wishes (collected in it) by their current status code, e.g. {@code FULFILLED}
 * @param fundsByMonth   the quarter's three months, each with its cash and materials (reversals subtracted)
 * @param topMembers     the members with the most points in the quarter, best first
 */
public record Dashboard(Quarter quarter, QuarterFigures figures, Map<String, Long> wishesByStatus,
                        List<MonthFunds> fundsByMonth, List<MemberPoints> topMembers) {

    public Dashboard {
        wishesByStatus = Map.copyOf(wishesByStatus);
        fundsByMonth = List.copyOf(fundsByMonth);
        topMembers = List.copyOf(topMembers);
    }

    /** Cash and materials given in one month. */
    public record MonthFunds(YearMonth month, BigDecimal cash, BigDecimal materials) {
    }

    /** A member's points in the quarter. */
    public record MemberPoints(long memberId, String name, String community, BigDecimal points) {
    }
}
