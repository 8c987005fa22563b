package org.zerodistance.domain;

/** A recognition the clerk recorded for a member in a quarter, such as 优秀服务党员. */
public record Award(long id, MemberName member, long communityId, Quarter quarter, String title) {

    public static final int MAX_TITLE = 200;

    /** The title trimmed and checked. */
    public static String validTitle(String raw) {
        return Texts.required(raw, MAX_TITLE, "award.error.titleRequired", "award.error.titleTooLong");
    }
}
