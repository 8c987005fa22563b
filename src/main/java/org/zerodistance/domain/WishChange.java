package org.zerodistance.domain;

import java.util.EnumSet;
import java.util.Set;

/** The changes a wish can go through, each with the statuses it may start from and the status it leads to. */
public enum WishChange {
    /** A member or a team takes the wish on (at most one active claim). */
    CLAIM(WishStatus.CLAIMED, WishStatus.COLLECTED),
    /** The claim is given back; the wish waits for someone else. */
    RELEASE(WishStatus.COLLECTED, WishStatus.CLAIMED),
    /** The wish came true (兑现). */
    FULFIL(WishStatus.FULFILLED, WishStatus.CLAIMED),
    /** The wish will not be fulfilled, with a reason. */
    CANCEL(WishStatus.CANCELLED, WishStatus.COLLECTED, WishStatus.CLAIMED);

    private final WishStatus target;
    private final Set<WishStatus> allowedFrom;

    WishChange(WishStatus target, WishStatus first, WishStatus... more) {
        this.target = target;
        this.allowedFrom = EnumSet.of(first, more);
    }

    public WishStatus target() {
        return target;
    }

    public Set<WishStatus> allowedFrom() {
        return EnumSet.copyOf(allowedFrom);
    }

    /** Lower-case code: {@code claim}, {@code release}, {@code fulfil}, {@code cancel}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Message key explaining why this change is refused from {@code status}, e.g. {@code wish.error.claim.fulfilled}. */
    public String refusalKey(WishStatus status) {
        return "wish.error." + code() + "." + status.code();
    }
}
