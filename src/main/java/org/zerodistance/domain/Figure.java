package org.zerodistance.domain;

import java.util.function.Function;

/**
 * The summary figures in the order the dashboard and the report show them. Each has a stable name (the JSON field of
 * {@code stats --json}, and {@code figure.NAME} as message key), a kind that says how it is written, and for a rate the
 * two figures it divides.
 */
public enum Figure {
    MEMBERS("members", Kind.COUNT, f -> f.members()),
    NEW_MEMBERS("newMembers", Kind.COUNT, f -> f.newMembers()),
    HOUSEHOLDS("households", Kind.COUNT, f -> f.households()),
    HOUSEHOLDS_VISITED("householdsVisited", Kind.COUNT, f -> f.householdsVisited()),
    VISIT_RATE("visitRate", HOUSEHOLDS_VISITED, HOUSEHOLDS),
    HOUSEHOLDS_VISITED_EVER("householdsVisitedEver", Kind.COUNT, f -> f.householdsVisitedEver()),
    RECOGNITION_RATE("recognitionRate", HOUSEHOLDS_VISITED_EVER, HOUSEHOLDS),
    WISHES_COLLECTED("wishesCollected", Kind.COUNT, f -> f.wishesCollected()),
    WISHES_CLAIMED("wishesClaimed", Kind.COUNT, f -> f.wishesClaimed()),
    GROUP_CLAIMS("groupClaims", Kind.COUNT, f -> f.groupClaims()),
    WISHES_FULFILLED("wishesFulfilled", Kind.COUNT, f -> f.wishesFulfilled()),
    CLAIM_RATE("claimRate", WISHES_CLAIMED, WISHES_COLLECTED),
    FULFILMENT_RATE("fulfilmentRate", WISHES_FULFILLED, WISHES_COLLECTED),
    PAIRS_ACTIVE("pairsActive", Kind.COUNT, f -> f.pairsActive()),
    PAIRS_NEW("pairsNew", Kind.COUNT, f -> f.pairsNew()),
    HELP_RECORDS("helpRecords", Kind.COUNT, f -> f.helpRecords()),
    FUNDS_CASH("fundsCash", Kind.YUAN, f -> f.fundsCash()),
    FUNDS_MATERIALS("fundsMaterials", Kind.YUAN, f -> f.fundsMaterials()),
    FUNDS_TOTAL("fundsTotal", Kind.YUAN, f -> f.fundsTotal()),
    TEAMS("teams", Kind.COUNT, f -> f.teams()),
    POST_CLAIMS("postClaims", Kind.COUNT, f -> f.postClaims()),
    COMMITMENTS("commitments", Kind.COUNT, f -> f.commitments()),
    SERVICE_RECORDS("serviceRecords", Kind.COUNT, f -> f.serviceRecords()),
    POINTS("points", Kind.POINTS, f -> f.points());

    /** How a figure is written: a whole number, yuan with two decimals, points with two decimals, or a share 0..1. */
    public enum Kind { COUNT, YUAN, POINTS, RATE }

    private final String jsonName;
    private final Kind kind;
    private final Function<QuarterFigures, Number> value;
    private final Figure numerator;
    private final Figure denominator;

    Figure(String jsonName, Kind kind, Function<QuarterFigures, Number> value) {
        this.jsonName = jsonName;
        this.kind = kind;
        this.value = value;
        this.numerator = null;
        this.denominator = null;
    }

    Figure(String jsonName, Figure numerator, Figure denominator) {
        this.jsonName = jsonName;
        this.kind = Kind.RATE;
        this.numerator = numerator;
        this.denominator = denominator;
        this.value = f -> QuarterFigures.ratio(numerator.count(f), denominator.count(f));
    }

    /** The JSON field name, e.g. {@code wishesFulfilled}. */
    public String jsonName() {
        return jsonName;
    }

    /** Message key of the figure's title, e.g. {@code figure.wishesFulfilled}. */
    public String labelKey() {
        return "figure." + jsonName;
    }

    public Kind kind() {
        return kind;
    }

    /** A {@code Long} for counts, a {@code BigDecimal} for yuan and points, a {@code Double} for rates. */
    public Number valueOf(QuarterFigures figures) {
        return value.apply(figures);
    }

    /** For a rate: the figure it divides (null otherwise). */
    public Figure numerator() {
        return numerator;
    }

    /** For a rate: the figure it divides by (null otherwise). */
    public Figure denominator() {
        return denominator;
    }

    private long count(QuarterFigures f) {
        return value.apply(f).longValue();
    }
}
