package org.zerodistance.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything a household received and who visited it: its pairings, visits, help records and ledger entries, with
 * the funds and materials total (reversals subtracted). Shown on the household's page.
 */
public record HouseholdHelpHistory(long householdId, List<PairingOverview> pairings, List<Visit> visits,
                                   List<HelpRecord> helpRecords, List<FundEntry> fundEntries, FundTotals received) {

    public HouseholdHelpHistory {
        pairings = List.copyOf(pairings);
        visits = List.copyOf(visits);
        helpRecords = List.copyOf(helpRecords);
        fundEntries = List.copyOf(fundEntries);
    }

    /** The value received in cash and materials together. */
    public BigDecimal receivedTotal() {
        return received.total();
    }
}
