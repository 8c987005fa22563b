package org.zerodistance.domain;

/** The kinds of entry in a member's passbook (爱心储蓄存折). */
public enum ServiceKind {
    WISH_FULFILLED, HELP_RECORD, VISIT, TEAM_ACTIVITY, POST_DUTY, ADJUSTMENT, REVERSAL;

    /** Whether points for this kind come from a rule in Settings (adjustments and reversals carry their own). */
    public boolean hasRule() {
        return this != ADJUSTMENT && this != REVERSAL;
    }
}
