package org.zerodistance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The programme's figures for one quarter over one community or several: the one record behind both the dashboard and
 * the report's 汇总 sheet, so the two cannot disagree. Counts and yuan are stored; rates are derived from them.
 *
 * <ul>
 * <li>{@code members}: not archived, registered by the quarter's last day, still serving then;
 * {@code newMembers}: registered within the quarter.</li>
 * <li>{@code households}: households in need (not archived); {@code householdsVisited}: of them, visited at least once in
 * the quarter; {@code householdsVisitedEver}: visited at least once up to the quarter's last day (认亲).</li>
 * <li>{@code wishesCollected}: collected in the quarter; of those, {@code wishesClaimed} claimed and
 * {@code wishesFulfilled} fulfilled by the quarter's last day; {@code groupClaims}: of the claimed ones, claimed by a team.</li>
 * <li>{@code pairsActive}: pairings running on the quarter's last day; {@code pairsNew}: started in the quarter.</li>
 * <li>{@code helpRecords}: real things done (办实事) in the quarter.</li>
 * <li>{@code fundsCash}, {@code fundsMaterials}: ledger entries of the quarter, reversing entries subtracted.</li>
 * <li>{@code teams}: volunteer teams active on the last day; {@code postClaims}: post claims running on the last day,
 * {@code commitments}: of them, with a signed commitment letter.</li>
 * <li>{@code serviceRecords}: passbook entries of the quarter (reversing entries not counted);
 * {@code points}: the points of the quarter's entries, reversals subtracted.</li>
 * </ul>
 */
public record QuarterFigures(long members, long newMembers,
                             long households, long householdsVisited, long householdsVisitedEver,
                             long wishesCollected, long wishesClaimed, long wishesFulfilled, long groupClaims,
                             long pairsActive, long pairsNew, long helpRecords,
                             BigDecimal fundsCash, BigDecimal fundsMaterials,
                             long teams, long postClaims, long commitments,
                             long serviceRecords, BigDecimal points) {

    private static final BigDecimal NO_YUAN = BigDecimal.ZERO.setScale(Money.SCALE);

    public static final QuarterFigures ZERO = new QuarterFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            NO_YUAN, NO_YUAN, 0, 0, 0, 0, NO_YUAN);

    public QuarterFigures {
        fundsCash = twoDecimals(fundsCash);
        fundsMaterials = twoDecimals(fundsMaterials);
        points = twoDecimals(points);
    }

    private static BigDecimal twoDecimals(BigDecimal value) {
        return value == null ? NO_YUAN : value.setScale(Money.SCALE, RoundingMode.HALF_UP);
    }

    /** Cash and materials together. */
    public BigDecimal fundsTotal() {
        return fundsCash.add(fundsMaterials);
    }

    /** Share of households visited in the quarter. */
    public double visitRate() {
        return ratio(householdsVisited, households);
    }

    /** Share of households visited at least once by the quarter's end (认亲率; the programme asks for 100%). */
    public double recognitionRate() {
        return ratio(householdsVisitedEver, households);
    }

    /** Share of the quarter's wishes claimed by its end. */
    public double claimRate() {
        return ratio(wishesClaimed, wishesCollected);
    }

    /** Share of the quarter's wishes fulfilled by its end. */
    public double fulfilmentRate() {
        return ratio(wishesFulfilled, wishesCollected);
    }

    /** {@code part / whole}, 0 when there is nothing to divide. */
    public static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** Figures of several communities together (every record belongs to exactly one community). */
    public QuarterFigures plus(QuarterFigures o) {
        return new QuarterFigures(members + o.members, newMembers + o.newMembers,
                households + o.households, householdsVisited + o.householdsVisited,
                householdsVisitedEver + o.householdsVisitedEver,
                wishesCollected + o.wishesCollected, wishesClaimed + o.wishesClaimed,
                wishesFulfilled + o.wishesFulfilled, groupClaims + o.groupClaims,
                pairsActive + o.pairsActive, pairsNew + o.pairsNew, helpRecords + o.helpRecords,
                fundsCash.add(o.fundsCash), fundsMaterials.add(o.fundsMaterials),
                teams + o.teams, postClaims + o.postClaims, commitments + o.commitments,
                serviceRecords + o.serviceRecords, points.add(o.points));
    }

    public static QuarterFigures sum(Collection<QuarterFigures> parts) {
        QuarterFigures total = ZERO;
        for (QuarterFigures part : parts) {
            total = total.plus(part);
        }
        return total;
    }
}
