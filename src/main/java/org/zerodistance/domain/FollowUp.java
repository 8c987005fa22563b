package org.zerodistance.domain;

/** A member who served fewer times in the year than the programme asks: to be visited or reminded. */
public record FollowUp(MemberName member, int services) {
}
