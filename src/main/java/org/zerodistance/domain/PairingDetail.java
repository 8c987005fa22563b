package org.zerodistance.domain;

import java.util.List;

/** A pairing with its visits and help records (latest first) and the ledger lines given within it. */
public record PairingDetail(PairingOverview overview, List<Visit> visits, List<HelpRecord> helpRecords,
                            List<FundEntry> fundEntries) {

    public PairingDetail {
        visits = List.copyOf(visits);
        helpRecords = List.copyOf(helpRecords);
        fundEntries = List.copyOf(fundEntries);
    }
}
