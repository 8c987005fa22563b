package org.zerodistance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zerodistance.domain.WishChange.CANCEL;
import static org.zerodistance.domain.WishChange.CLAIM;
import static org.zerodistance.domain.WishChange.FULFIL;
import static org.zerodistance.domain.WishChange.RELEASE;
import static org.zerodistance.domain.WishStatus.CANCELLED;
import static org.zerodistance.domain.WishStatus.CLAIMED;
import static org.zerodistance.domain.WishStatus.COLLECTED;
import static org.zerodistance.domain.WishStatus.FULFILLED;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;

/** The wish state machine, every status against every change and every target. */
class WishStatusTest {

    /** The whole table of allowed changes; anything not listed must be refused. */
    private static final Map<WishStatus, Map<WishChange, WishStatus>> ALLOWED = new EnumMap<>(Map.of(
            COLLECTED, Map.of(CLAIM, CLAIMED, CANCEL, CANCELLED),
            CLAIMED, Map.of(RELEASE, COLLECTED, FULFIL, FULFILLED, CANCEL, CANCELLED),
            FULFILLED, Map.of(),
            CANCELLED, Map.of()));

    @Test
    void everyChangeFromEveryStatusIsAllowedOrRefusedAsTheTableSays() {
        int allowed = 0;
        int refused = 0;
        for (WishStatus from : WishStatus.values()) {
            for (WishChange change : WishChange.values()) {
                WishStatus expected = ALLOWED.get(from).get(change);
                if (expected != null) {
                    assertTrue(from.allows(change), from + " should allow " + change);
                    assertEquals(expected, from.apply(change), from + " " + change);
                    allowed++;
                } else {
                    assertFalse(from.allows(change), from + " should refuse " + change);
                    DomainException e = assertThrows(DomainException.class, () -> from.apply(change));
                    assertEquals("wish.error." + change.code() + "." + from.code(), e.messageKey());
                    refused++;
                }
            }
        }
        assertEquals(5, allowed);
        assertEquals(11, refused);
    }

    @Test
    void statusToStatusMatrix() {
        Map<WishStatus, Set<WishStatus>> reachable = Map.of(
                COLLECTED, Set.of(CLAIMED, CANCELLED),
                CLAIMED, Set.of(COLLECTED, FULFILLED, CANCELLED),
                FULFILLED, Set.of(),
                CANCELLED, Set.of());
        for (WishStatus from : WishStatus.values()) {
            for (WishStatus to : WishStatus.values()) {
                assertEquals(reachable.get(from).contains(to), from.canChangeTo(to), from + " -> " + to);
            }
        }
    }

    @Test
    void everyRefusalHasAMessageInBothLanguages() {
        for (WishStatus from : WishStatus.values()) {
            for (WishChange change : WishChange.values()) {
                if (!from.allows(change)) {
                    String key = change.refusalKey(from);
                    for (Language language : Language.values()) {
                        assertTrue(Messages.bundle(language).containsKey(key), key + " missing in " + language);
                    }
                }
            }
        }
    }

    @Test
    void onlyCollectedAndClaimedAreOpen() {
        assertTrue(COLLECTED.isOpen());
        assertTrue(CLAIMED.isOpen());
        assertFalse(FULFILLED.isOpen());
        assertFalse(CANCELLED.isOpen());
    }

    @Test
    void codesParseInAnyCaseAndUnknownOnesAreRefusedByName() {
        assertEquals(CLAIMED, WishStatus.fromCode("claimed"));
        assertEquals(FULFILLED, WishStatus.fromCode(" FULFILLED "));
        DomainException e = assertThrows(DomainException.class, () -> WishStatus.fromCode("done"));
        assertEquals("wish.error.statusUnknown", e.messageKey());
        assertEquals("done", e.args()[0]);
    }
}
