package org.zerodistance.domain;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where a micro-wish is in its life: 待认领 collected → 已认领 claimed → 已兑现 fulfilled, or 已取消 cancelled.
 * Which changes are allowed from each status is decided by {@link WishChange}; everything else is refused.
 */
public enum WishStatus {
    COLLECTED, CLAIMED, FULFILLED, CANCELLED;

    /** Collected or claimed: still waiting to be fulfilled. */
    public boolean isOpen() {
        return this == COLLECTED || this == CLAIMED;
    }

    /** Lower-case code used by the CLI and JSON: {@code collected}, {@code claimed}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Message key of the status's name, e.g. {@code wish.status.claimed}. */
    public String labelKey() {
        return "wish.status." + code();
    }

    /** Whether {@code change} may be made to a wish in this status. */
    public boolean allows(WishChange change) {
        return change.allowedFrom().contains(this);
    }

    /** Whether some allowed change leads from this status to {@code target}. */
    public boolean canChangeTo(WishStatus target) {
        return Arrays.stream(WishChange.values()).anyMatch(c -> allows(c) && c.target() == target);
    }

    /** The status after {@code change}; a {@link DomainException} with a key naming both when it is not allowed. */
    public WishStatus apply(WishChange change) {
        if (!allows(change)) {
            throw new DomainException(change.refusalKey(this));
        }
        return change.target();
    }

    /** Parses a code such as {@code claimed} (any case). */
    public static WishStatus fromCode(String code) {
        String wanted = code == null ? "" : code.strip();
        return Arrays.stream(values()).filter(s -> s.code().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new DomainException("wish.error.statusUnknown", wanted));
    }
}
