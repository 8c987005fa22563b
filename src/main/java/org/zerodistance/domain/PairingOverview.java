package org.zerodistance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A pairing as lists show it: who with whom, the latest contact (visit or help record), counts, and whether it is
 * overdue under its household's visit interval.
 */
public record PairingOverview(Pairing pairing, String communityName, String memberName, String householdHead,
                              String householdAddress, List<String> categories, LocalDate lastContact, int visitCount,
                              int helpCount, BigDecimal helpValue, int intervalDays, boolean overdue) {

    public PairingOverview {
        categories = categories == null ? List.of() : List.copyOf(categories);
        helpValue = helpValue == null ? BigDecimal.ZERO.setScale(Money.SCALE) : helpValue;
    }

    public long id() {
        return pairing.id();
    }

    public boolean active() {
        return pairing.active();
    }
}
