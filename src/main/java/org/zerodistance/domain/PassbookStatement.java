package org.zerodistance.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A member's passbook statement: entries in date order with the running balance after each, a subtotal per
 * quarter (points earned in it and the balance at its end), and the final balance.
 */
public record PassbookStatement(MemberName member, List<Line> lines, List<QuarterSubtotal> quarters, BigDecimal balance) {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    /** A printed line of the statement: an entry or a quarter's subtotal. */
    public sealed interface Item permits Line, QuarterSubtotal {
    }

    /** An entry and the balance after it. */
    public record Line(PassbookEntry entry, BigDecimal balance) implements Item {
    }

    /** Points earned in a quarter (reversals and adjustments included), how many entries, and the balance at its end. */
    public record QuarterSubtotal(Quarter quarter, BigDecimal points, int entries, BigDecimal balance) implements Item {
    }

    public PassbookStatement {
        lines = List.copyOf(lines);
        quarters = List.copyOf(quarters);
    }

    /** Orders the entries by date, then by the order they were written, and adds up. */
    public static PassbookStatement of(MemberName member, List<PassbookEntry> entries) {
        List<PassbookEntry> ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.comparing(PassbookEntry::date).thenComparingLong(PassbookEntry::id));
        List<Line> lines = new ArrayList<>(ordered.size());
        Map<Quarter, BigDecimal[]> byQuarter = new LinkedHashMap<>();
        Map<Quarter, Integer> counts = new LinkedHashMap<>();
        BigDecimal balance = ZERO;
        for (PassbookEntry entry : ordered) {
            balance = balance.add(entry.points());
            lines.add(new Line(entry, balance));
            Quarter quarter = Quarter.of(entry.date());
            BigDecimal[] sums = byQuarter.computeIfAbsent(quarter, q -> new BigDecimal[] {ZERO, ZERO});
            sums[0] = sums[0].add(entry.points());
            sums[1] = balance;
            counts.merge(quarter, 1, Integer::sum);
        }
        List<QuarterSubtotal> quarters = new ArrayList<>();
        byQuarter.forEach((q, sums) -> quarters.add(new QuarterSubtotal(q, sums[0], counts.get(q), sums[1])));
        return new PassbookStatement(member, lines, quarters, balance);
    }

    /** The subtotal of {@code quarter}, or zero points with the balance carried into it when it has no entries. */
    public QuarterSubtotal subtotal(Quarter quarter) {
        BigDecimal carried = ZERO;
        for (QuarterSubtotal subtotal : quarters) {
            if (subtotal.quarter().equals(quarter)) {
                return subtotal;
            }
            if (subtotal.quarter().compareTo(quarter) < 0) {
                carried = subtotal.balance();
            }
        }
        return new QuarterSubtotal(quarter, ZERO, 0, carried);
    }

    /** The lines in order, each quarter's subtotal right after its last line: the statement as it is shown and printed. */
    public List<Item> items() {
        List<Item> items = new ArrayList<>(lines.size() + quarters.size());
        for (int i = 0; i < lines.size(); i++) {
            items.add(lines.get(i));
            Quarter quarter = Quarter.of(lines.get(i).entry().date());
            if (i + 1 == lines.size() || !Quarter.of(lines.get(i + 1).entry().date()).equals(quarter)) {
                items.add(subtotal(quarter));
            }
        }
        return items;
    }
}
