package org.zerodistance.service;

import java.util.Locale;
import org.jooq.DSLContext;
import org.zerodistance.domain.DonorKind;
import org.zerodistance.domain.FundEntry;
import org.zerodistance.domain.FundEntryDraft;
import org.zerodistance.persistence.FundEntryRepository;

/**
 * Appends funds/materials entries inside the caller's transaction; every feature that records giving goes through here.
 * Nothing is edited or deleted: a mistake is corrected by {@link #reverse}.
 */
public final class FundLedger {

    public static final int MAX_DESCRIPTION_LENGTH = 500;
    public static final int MAX_QUANTITY_LENGTH = 50;
    public static final int MAX_DONOR_NAME_LENGTH = 200;
    public static final int MAX_NOTE_LENGTH = 2000;
    public static final int MAX_REASON_LENGTH = 500;

    private final Auditor auditor;
    private final FundEntryRepository entries = new FundEntryRepository();

    public FundLedger(Auditor auditor) {
        this.auditor = auditor;
    }

    /** Appends {@code draft} and returns the entry id; refuses a donor that does not match its kind. */
    public long append(DSLContext ctx, FundEntryDraft draft) {
        check(draft);
        return entries.append(ctx, draft, null, null, auditor.operator());
    }

    /**
     * Appends the entry that reverses entry {@code entryId} (same date, kind, amount and parties; counted negatively)
     * and returns its id. A reversing entry cannot itself be reversed, and an entry is reversed once at most.
     */
    public long reverse(DSLContext ctx, long entryId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new ServiceException("fund.error.reasonRequired");
        }
        if (why.length() > MAX_REASON_LENGTH) {
            throw new ServiceException("fund.error.reasonTooLong", MAX_REASON_LENGTH);
        }
        FundEntry original = entries.lock(ctx, entryId)
                .orElseThrow(() -> new ServiceException("fund.error.notFound", entryId));
        if (original.isReversal()) {
            throw new ServiceException("fund.error.reverseReversal", entryId, original.reversesId());
        }
        if (original.isReversed()) {
            throw new ServiceException("fund.error.alreadyReversed", entryId, original.reversedById());
        }
        // Same date as the original: the correction cancels the entry in the period where it was counted.
        FundEntryDraft copy = new FundEntryDraft(original.communityId(), original.date(), original.kind(),
                original.description(), original.quantity(), original.amount(), original.donorKind(),
                original.donorMemberId(), original.donorTeamId(),
                original.donorKind() == DonorKind.ORGANISATION ? original.donor() : null,
                original.householdId(), original.wishId(), original.pairingId(), null);
        return entries.append(ctx, copy, entryId, why, auditor.operator());
    }

    private static void check(FundEntryDraft d) {
        if (d.date() == null) {
            throw new ServiceException("fund.error.dateRequired");
        }
        if (d.kind() == null) {
            throw new ServiceException("fund.error.kindRequired");
        }
        if (d.donorKind() == null) {
            throw new ServiceException("fund.error.donorRequired");
        }
        boolean consistent = switch (d.donorKind()) {
            case MEMBER -> d.donorMemberId() != null && d.donorTeamId() == null;
            case TEAM -> d.donorTeamId() != null && d.donorMemberId() == null;
            case ORGANISATION -> d.donorName() != null && !d.donorName().isBlank() && d.donorMemberId() == null && d.donorTeamId() == null;
        };
        if (!consistent) {
            throw new ServiceException("fund.error.donor." + d.donorKind().name().toLowerCase(Locale.ROOT));
        }
        checkLength(d.description(), MAX_DESCRIPTION_LENGTH, "fund.error.descriptionTooLong");
        checkLength(d.quantity(), MAX_QUANTITY_LENGTH, "fund.error.quantityTooLong");
        checkLength(d.donorName(), MAX_DONOR_NAME_LENGTH, "fund.error.donorNameTooLong");
        checkLength(d.note(), MAX_NOTE_LENGTH, "fund.error.noteTooLong");
    }

    private static void checkLength(String text, int max, String key) {
        if (text != null && text.length() > max) {
            throw new ServiceException(key, max);
        }
    }
}
