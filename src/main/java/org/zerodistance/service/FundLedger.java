package org.zerodistance.service;

import org.jooq.DSLContext;
import org.zerodistance.domain.FundEntryDraft;
import org.zerodistance.persistence.FundEntryRepository;

/** Appends funds/materials entries inside the caller's transaction; every feature that records giving goes through here. */
public final class FundLedger {

    private final Auditor auditor;
    private final FundEntryRepository entries = new FundEntryRepository();

    public FundLedger(Auditor auditor) {
        this.auditor = auditor;
    }

    /** Appends {@code draft} and returns the entry id. */
    public long append(DSLContext ctx, FundEntryDraft draft) {
        return entries.append(ctx, draft, null, null, auditor.operator());
    }
}
