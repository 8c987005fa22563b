package org.zerodistance.service;

/**
 * The ID number is already registered (it may be registered only once in the whole database). Says where, so the
 * screen can offer the way out: edit the one already here, restore an archived one, or transfer from another community.
 */
public final class MemberConflictException extends ServiceException {

    /** What the clerk can do about it. */
    public enum Remedy { EDIT, RESTORE, TRANSFER }

    private final long memberId;
    private final String communityName;
    private final Remedy remedy;

    MemberConflictException(String messageKey, long memberId, String communityName, Remedy remedy, Object... args) {
        super(messageKey, args);
        this.memberId = memberId;
        this.communityName = communityName;
        this.remedy = remedy;
    }

    /** The member already registered with this ID number. */
    public long memberId() {
        return memberId;
    }

    /** Where that member is registered. */
    public String communityName() {
        return communityName;
    }

    public Remedy remedy() {
        return remedy;
    }
}
