package org.zerodistance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HoursAndPointsTest {

    @Test
    void hoursAcceptWhatClerksType() {
        assertEquals("2.00", Hours.parse("2").toPlainString());
        assertEquals("1.50", Hours.parse("１.５小时").toPlainString());
        assertEquals("3.00", Hours.parse(" 3h ").toPlainString());
    }

    @Test
    void hoursOutOfRangeOrNotNumbersAreRefusedWithTheirKey() {
        assertEquals("hours.error.required", assertThrows(DomainException.class, () -> Hours.parse(" ")).messageKey());
        assertEquals("hours.error.notNumber", assertThrows(DomainException.class, () -> Hours.parse("两")).messageKey());
        assertEquals("hours.error.range", assertThrows(DomainException.class, () -> Hours.parse("0")).messageKey());
        assertEquals("hours.error.range", assertThrows(DomainException.class, () -> Hours.parse("25")).messageKey());
        assertEquals("hours.error.scale", assertThrows(DomainException.class, () -> Hours.parse("1.555")).messageKey());
    }

    @Test
    void pointsAreSignedAndFormattedWithoutNeedlessZeros() {
        assertEquals("-3.00", Points.parse("－3").toPlainString());
        assertEquals("2.50", Points.parse("+2.5分").toPlainString());
        assertNull(Points.parse(""));
        assertEquals("points.error.notNumber", assertThrows(DomainException.class, () -> Points.parse("abc")).messageKey());
        assertEquals("12", Points.format(new java.math.BigDecimal("12.00")));
        assertEquals("-2.5", Points.format(new java.math.BigDecimal("-2.50")));
    }

    @Test
    void teamActivityDraftNeedsATitleHoursAndParticipants() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 5, 1);
        java.math.BigDecimal two = new java.math.BigDecimal("2");
        assertEquals("activity.error.titleRequired", assertThrows(DomainException.class,
                () -> new TeamActivityDraft(1, day, " ", two, null, java.util.List.of(1L))).messageKey());
        assertEquals("activity.error.noParticipants", assertThrows(DomainException.class,
                () -> new TeamActivityDraft(1, day, "义诊", two, null, java.util.List.of())).messageKey());
        TeamDraft team = new TeamDraft(1, " 电器维修队 ", "电器维修", 7L, null, null, java.util.List.of(3L));
        assertEquals("电器维修队", team.name());
        assertEquals(java.util.List.of(3L, 7L), team.memberIds(), "the leader is always a member");
    }
}
