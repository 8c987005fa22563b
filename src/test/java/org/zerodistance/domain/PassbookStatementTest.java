package org.zerodistance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassbookStatementTest {

    private static final MemberName ZHANG = new MemberName(1, "张伟");

    private static PassbookEntry entry(long id, String date, ServiceKind kind, String points) {
        return new PassbookEntry(id, 1, 1, LocalDate.parse(date), kind, "x", null, new BigDecimal(points), null, null, null, "op");
    }

    @Test
    void runningBalanceFollowsDateOrderThenWritingOrder() {
        // Written out of date order: a duty of March recorded after one of July.
        List<PassbookEntry> entries = List.of(
                entry(1, "2026-07-02", ServiceKind.POST_DUTY, "4.00"),
                entry(2, "2026-03-10", ServiceKind.VISIT, "1.00"),
                entry(3, "2026-07-02", ServiceKind.WISH_FULFILLED, "5.00"),
                entry(4, "2026-08-01", ServiceKind.REVERSAL, "-4.00"));
        PassbookStatement statement = PassbookStatement.of(ZHANG, entries);

        assertEquals(List.of(2L, 1L, 3L, 4L), statement.lines().stream().map(l -> l.entry().id()).toList());
        assertEquals(List.of("1.00", "5.00", "10.00", "6.00"),
                statement.lines().stream().map(l -> l.balance().toPlainString()).toList());
        assertEquals("6.00", statement.balance().toPlainString());
    }

    @Test
    void quarterlySubtotalsAddThePointsOfEachQuarterAndCarryTheBalance() {
        PassbookStatement statement = PassbookStatement.of(ZHANG, List.of(
                entry(1, "2026-01-05", ServiceKind.VISIT, "1"),
                entry(2, "2026-03-31", ServiceKind.HELP_RECORD, "3"),
                entry(3, "2026-07-01", ServiceKind.TEAM_ACTIVITY, "6"),
                entry(4, "2026-09-30", ServiceKind.ADJUSTMENT, "-2")));

        assertEquals(2, statement.quarters().size());
        PassbookStatement.QuarterSubtotal q1 = statement.quarters().get(0);
        assertEquals(Quarter.parse("2026Q1"), q1.quarter());
        assertEquals(0, q1.points().compareTo(new BigDecimal("4")));
        assertEquals(2, q1.entries());
        assertEquals(0, q1.balance().compareTo(new BigDecimal("4")));
        PassbookStatement.QuarterSubtotal q3 = statement.quarters().get(1);
        assertEquals(Quarter.parse("2026Q3"), q3.quarter());
        assertEquals(0, q3.points().compareTo(new BigDecimal("4")));
        assertEquals(0, q3.balance().compareTo(new BigDecimal("8")));

        PassbookStatement.QuarterSubtotal q2 = statement.subtotal(Quarter.parse("2026Q2"));
        assertEquals(0, q2.points().signum(), "a quarter without entries earned nothing");
        assertEquals(0, q2.balance().compareTo(new BigDecimal("4")), "and carries the balance of the quarter before");
        assertEquals(0, q2.entries());
    }

    @Test
    void anEmptyPassbookHasZeroBalance() {
        PassbookStatement statement = PassbookStatement.of(ZHANG, List.of());
        assertEquals(0, statement.balance().signum());
        assertEquals(List.of(), statement.quarters());
    }

    @Test
    void itemsPlaceEachQuarterSubtotalAfterItsLastLine() {
        PassbookStatement statement = PassbookStatement.of(ZHANG, List.of(
                entry(1, "2026-01-05", ServiceKind.VISIT, "1"),
                entry(2, "2026-02-05", ServiceKind.VISIT, "1"),
                entry(3, "2026-07-01", ServiceKind.TEAM_ACTIVITY, "6")));
        List<String> shape = statement.items().stream().map(item -> item instanceof PassbookStatement.Line line
                ? "line" + line.entry().id() : "subtotal" + ((PassbookStatement.QuarterSubtotal) item).quarter().code()).toList();
        assertEquals(List.of("line1", "line2", "subtotal2026Q1", "line3", "subtotal2026Q3"), shape);
    }
}
