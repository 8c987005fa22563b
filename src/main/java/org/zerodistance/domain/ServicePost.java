package org.zerodistance.domain;

/** A service post (服务岗位) of a community; {@code holders} is how many members hold it now. */
public record ServicePost(long id, long communityId, String communityName, String name, String category, String description,
                          int peopleNeeded, boolean archived, int holders) {

    /** Places still open (never negative). */
    public int openPlaces() {
        return Math.max(0, peopleNeeded - holders);
    }
}
