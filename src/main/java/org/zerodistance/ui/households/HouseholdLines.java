package org.zerodistance.ui.households;

import java.util.ArrayList;
import java.util.List;
import org.zerodistance.domain.FundEntry;
import org.zerodistance.domain.HelpRecord;
import org.zerodistance.domain.HouseholdHelpHistory;
import org.zerodistance.domain.Money;
import org.zerodistance.domain.PairingOverview;
import org.zerodistance.domain.Wish;
import org.zerodistance.i18n.Messages;

/** One line of text per thing a household's page lists: its wishes, pairings, help and what it received. */
public final class HouseholdLines {

    private HouseholdLines() {
    }

    public static List<String> wishes(List<Wish> wishes) {
        return wishes.stream().map(w -> Messages.get("household.part.wishLine", w.collectedDate().toString(),
                Messages.get(w.status().labelKey()), w.content())).toList();
    }

    public static List<String> received(HouseholdHelpHistory history) {
        List<String> lines = new ArrayList<>();
        for (PairingOverview p : history.pairings()) {
            lines.add(Messages.get("household.part.pairingLine", p.memberName(), p.pairing().startDate().toString()));
        }
        for (HelpRecord h : history.helpRecords()) {
            lines.add(Messages.get("household.part.helpLine", h.date().toString(), h.memberName(), h.content(),
                    h.amount() == null ? "—" : Money.format(h.amount())));
        }
        for (FundEntry f : history.fundEntries()) {
            lines.add(Messages.get(f.reversesId() == null ? "household.part.fundLine" : "household.part.fundReversalLine",
                    f.date().toString(), f.donor() == null ? "—" : f.donor(), f.description() == null ? "" : f.description(),
                    Money.format(f.amount())));
        }
        lines.add(Messages.get("household.part.receivedTotal", Money.format(history.receivedTotal())));
        return lines;
    }
}
