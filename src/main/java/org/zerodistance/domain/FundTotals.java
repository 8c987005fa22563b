package org.zerodistance.domain;

import java.math.BigDecimal;

/** Cash and materials given (reversals subtracted), in yuan with two decimals. */
public record FundTotals(BigDecimal cash, BigDecimal materials) {

    public static final FundTotals ZERO = new FundTotals(BigDecimal.ZERO, BigDecimal.ZERO);

    public FundTotals {
        cash = (cash == null ? BigDecimal.ZERO : cash).setScale(Money.SCALE, java.math.RoundingMode.UNNECESSARY);
        materials = (materials == null ? BigDecimal.ZERO : materials).setScale(Money.SCALE, java.math.RoundingMode.UNNECESSARY);
    }

    /** Cash and materials together. */
    public BigDecimal total() {
        return cash.add(materials);
    }

    /** Totals of ledger lines, each counted with its sign. */
    public static FundTotals of(Iterable<FundEntry> entries) {
        BigDecimal cash = BigDecimal.ZERO;
        BigDecimal materials = BigDecimal.ZERO;
        for (FundEntry e : entries) {
            if (e.kind() == FundKind.CASH) {
                cash = cash.add(e.signedAmount());
            } else {
                materials = materials.add(e.signedAmount());
            }
        }
        return new FundTotals(cash, materials);
    }
}
