package org.zerodistance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** GB 11643-1999 ID numbers as clerks type them and as spreadsheets hold them. */
class IdNumberTest {

    @Test
    void validNumberGivesBirthDateAndGender() {
        IdNumber id = IdNumber.parse("630102198506151239");
        assertEquals("630102198506151239", id.value());
        assertEquals(LocalDate.of(1985, 6, 15), id.birthDate());
        assertEquals(Gender.MALE, id.gender(), "odd sequence 123 is a man");
        IdNumber woman = IdNumber.parse("11010519491231002X");
        assertEquals(Gender.FEMALE, woman.gender(), "even sequence 002 is a woman");
        assertEquals(LocalDate.of(1949, 12, 31), woman.birthDate());
    }

    @Test
    void wrongCheckCharacterIsRefusedNamingTheExpectedOne() {
        DomainException e = assertThrows(DomainException.class, () -> IdNumber.parse("630102198506151238"));
        assertEquals("id.error.checksum", e.messageKey());
        assertEquals("9", e.args()[0]);
        DomainException x = assertThrows(DomainException.class, () -> IdNumber.parse("110105194912310021"));
        assertEquals("X", x.args()[0]);
    }

    @Test
    void impossibleOrFutureBirthDateIsRefused() {
        // 1985-02-30 does not exist (check character computed for the rest, so only the date is wrong)
        assertEquals("id.error.birthDate", assertThrows(DomainException.class, () -> IdNumber.parse(withCheck("63010219850230123"))).messageKey());
        assertEquals("id.error.birthDate", assertThrows(DomainException.class, () -> IdNumber.parse(withCheck("63010218891231123"))).messageKey());
        String future = withCheck("630102" + LocalDate.now().plusDays(2).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "123");
        assertEquals("id.error.birthDate", assertThrows(DomainException.class, () -> IdNumber.parse(future)).messageKey());
    }

    @Test
    void lowercaseXFullWidthAndSpacesAreNormalised() {
        assertEquals("11010519491231002X", IdNumber.parse("11010519491231002x").value());
        assertEquals("11010519491231002X", IdNumber.parse("１１０１０５１９４９１２３１００２ｘ").value());
        assertEquals("63010219800118123X", IdNumber.parse(" 630102 19800118 123Ｘ ").value());
        assertEquals("63010219800118123X", IdNumber.parse("630102\u300019800118\u00a0123x").value());
    }

    @Test
    void legacyFifteenDigitNumberIsRefusedAskingForTheNewOne() {
        DomainException e = assertThrows(DomainException.class, () -> IdNumber.parse("630102850615123"));
        assertEquals("id.error.legacy15", e.messageKey());
    }

    @Test
    void otherMalformedNumbersSayWhatIsWrong() {
        assertEquals("id.error.required", assertThrows(DomainException.class, () -> IdNumber.parse("  ")).messageKey());
        assertEquals("id.error.length", assertThrows(DomainException.class, () -> IdNumber.parse("63010219850615123")).messageKey());
        assertEquals("id.error.characters", assertThrows(DomainException.class, () -> IdNumber.parse("63010219850615A239")).messageKey());
        assertEquals("id.error.region", assertThrows(DomainException.class, () -> IdNumber.parse(withCheck("03010219850615123"))).messageKey());
    }

    @Test
    void maskKeepsRegionAndLastFourOnly() {
        assertEquals("630102********123X", IdNumber.parse("63010219800118123X").masked());
        assertEquals("630102********123X", IdNumber.mask("63010219800118123X"));
        assertFalse(IdNumber.parse("63010219800118123X").toString().contains("19800118"), "toString never shows the number");
        assertEquals("", IdNumber.mask(null));
        assertTrue(IdNumber.mask("12345").chars().allMatch(c -> c == '*'));
    }

    private static String withCheck(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }
}
