package org.zerodistance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FundValuesTest {

    @Test
    void draftAmountMustBePositiveWithAtMostTwoDecimals() {
        assertEquals(new BigDecimal("12.50"), draft("12.5").amount());
        assertEquals("fund.error.amountPositive", assertThrows(DomainException.class, () -> draft("0")).messageKey());
        assertEquals("money.error.scale", assertThrows(DomainException.class, () -> draft("1.005")).messageKey());
    }

    @Test
    void totalsCountReversalsNegativelyAndExactly() {
        List<FundEntry> entries = List.of(entry(1, FundKind.CASH, "0.10", null), entry(2, FundKind.CASH, "0.20", null),
                entry(3, FundKind.MATERIAL, "99.99", null), entry(4, FundKind.MATERIAL, "99.99", 3L));
        FundTotals totals = FundTotals.of(entries);
        assertEquals(new BigDecimal("0.30"), totals.cash());
        assertEquals(new BigDecimal("0.00"), totals.materials());
        assertEquals(new BigDecimal("0.30"), totals.total());
    }

    @Test
    void quarterBoundaries() {
        Quarter q3 = Quarter.parse("2026Q3");
        assertEquals(LocalDate.of(2026, 7, 1), q3.firstDay());
        assertEquals(LocalDate.of(2026, 9, 30), q3.lastDay());
        assertEquals(q3, Quarter.of(LocalDate.of(2026, 9, 30)));
        assertEquals(q3.next(), Quarter.of(LocalDate.of(2026, 10, 1)));
        FundQuery query = FundQuery.quarter(7L, q3);
        assertEquals(q3.firstDay(), query.from());
        assertEquals(q3.lastDay(), query.to());
        assertThrows(DomainException.class, () -> new FundQuery(null, q3.lastDay(), q3.firstDay(), null, null, null, null, null));
    }

    @Test
    void helpRecordDraftNeedsAPairingOrAWishAndAKindWithAValue() {
        LocalDate day = LocalDate.of(2026, 5, 1);
        assertEquals("help.error.pairingOrWish", assertThrows(DomainException.class,
                () -> new HelpRecordDraft(null, null, null, day, "修水管", null, null, null, null)).messageKey());
        assertEquals("help.error.contentRequired", assertThrows(DomainException.class,
                () -> HelpRecordDraft.forPairing(1, day, "  ", null)).messageKey());
        assertEquals("help.error.kindRequired", assertThrows(DomainException.class,
                () -> HelpRecordDraft.forPairing(1, day, "买米", null).withValue(new BigDecimal("50"), null, null)).messageKey());
        assertEquals("help.error.valueZero", assertThrows(DomainException.class,
                () -> HelpRecordDraft.forPairing(1, day, "买米", null).withValue(BigDecimal.ZERO, FundKind.CASH, null)).messageKey());
        HelpRecordDraft noValue = HelpRecordDraft.forPairing(1, day, " 修水管 ", " ").withValue(null, FundKind.MATERIAL, "1");
        assertEquals("修水管", noValue.content());
        assertNull(noValue.category());
        assertNull(noValue.fundKind(), "without a value there is no ledger kind");
    }

    private static FundEntryDraft draft(String amount) {
        return new FundEntryDraft(1, LocalDate.of(2026, 7, 1), FundKind.CASH, null, null, new BigDecimal(amount),
                DonorKind.ORGANISATION, null, null, "爱心企业", null, null, null, null);
    }

    private static FundEntry entry(long id, FundKind kind, String amount, Long reverses) {
        return new FundEntry(id, 1, "城东社区", LocalDate.of(2026, 7, 1), kind, null, null, new BigDecimal(amount),
                DonorKind.ORGANISATION, null, null, "爱心企业", null, null, null, null, reverses, null, null, null, "测试员", Instant.now());
    }
}
