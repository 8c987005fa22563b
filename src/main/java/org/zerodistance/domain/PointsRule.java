package org.zerodistance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Points a kind of service earns: a fixed number per entry, or per hour of service. */
public record PointsRule(ServiceKind kind, BigDecimal points, boolean perHour) {

    /** The points one entry of {@code hours} earns (hours are ignored for a per-entry rule). */
    public BigDecimal pointsFor(BigDecimal hours) {
        if (!perHour) {
            return points.setScale(2, RoundingMode.HALF_UP);
        }
        BigDecimal h = hours == null ? BigDecimal.ZERO : hours;
        return points.multiply(h).setScale(2, RoundingMode.HALF_UP);
    }
}
