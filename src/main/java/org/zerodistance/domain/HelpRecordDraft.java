package org.zerodistance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A help record about to be added: for a pairing (its member and household follow from it) or for a wish (then the
 * member who did it is named). A value, when given, also goes into the funds ledger as cash or materials.
 */
public record HelpRecordDraft(Long pairingId, Long wishId, Long memberId, LocalDate date, String content, String category,
                              BigDecimal amount, FundKind fundKind, String quantity) {

    public static final int MAX_CONTENT_LENGTH = 2000;
    public static final int MAX_CATEGORY_LENGTH = 50;

    public HelpRecordDraft {
        if (pairingId == null && wishId == null) {
            throw new DomainException("help.error.pairingOrWish");
        }
        if (date == null) {
            throw new DomainException("help.error.dateRequired");
        }
        content = content == null ? "" : content.strip();
        if (content.isEmpty()) {
            throw new DomainException("help.error.contentRequired");
        }
        if (content.length() > MAX_CONTENT_LENGTH) {
            throw new DomainException("help.error.contentTooLong", MAX_CONTENT_LENGTH);
        }
        category = blankToNull(category);
        if (category != null && category.length() > MAX_CATEGORY_LENGTH) {
            throw new DomainException("help.error.categoryTooLong", MAX_CATEGORY_LENGTH);
        }
        if (amount != null) {
            amount = Money.check(amount);
            if (amount.signum() == 0) {
                throw new DomainException("help.error.valueZero");
            }
        }
        quantity = blankToNull(quantity);
        if (amount == null) {
            fundKind = null;
            quantity = null;
        } else if (fundKind == null) {
            throw new DomainException("help.error.kindRequired");
        }
    }

    /** A help record within a pairing, without value. */
    public static HelpRecordDraft forPairing(long pairingId, LocalDate date, String content, String category) {
        return new HelpRecordDraft(pairingId, null, null, date, content, category, null, null, null);
    }

    public HelpRecordDraft withValue(BigDecimal value, FundKind kind, String qty) {
        return new HelpRecordDraft(pairingId, wishId, memberId, date, content, category, value, kind, qty);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
