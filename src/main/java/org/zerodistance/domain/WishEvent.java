package org.zerodistance.domain;

import java.time.Instant;

/**
 * One change in a wish's history, appended and never edited: when, by which operator, from and to which status
 * ({@code from} is null when the wish was collected), the claimant concerned (for claims, releases, fulfilments) and a note.
 */
public record WishEvent(long id, long wishId, Instant occurredAt, WishStatus from, WishStatus to, String operator,
                        Claimant claimant, String note) {
}
