package org.zerodistance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Phone numbers in the forms people write them. */
class PhoneTest {

    @Test
    void mobileInEveryCommonFormIsStoredAsDigits() {
        for (String raw : new String[] {"13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678",
                "8613812345678", "+86-13812345678", "１３８１２３４５６７８", "0086 13812345678"}) {
            assertEquals("13812345678", Phone.parse(raw).digits(), raw);
        }
    }

    @Test
    void landlinesWithThreeAndFourDigitAreaCodes() {
        assertEquals("01012345678", Phone.parse("010-12345678").digits());
        assertEquals("01012345678", Phone.parse("(010) 1234 5678").digits());
        assertEquals("09718123456", Phone.parse("0971-8123456").digits());
        assertEquals("010-12345678", Phone.parse("01012345678").display());
        assertEquals("0971-8123456", Phone.parse("09718123456").display());
    }

    @Test
    void displayGroupsAndMaskHidesTheMiddle() {
        Phone mobile = Phone.parse("13812345678");
        assertEquals("138 1234 5678", mobile.display());
        assertEquals("138****5678", mobile.masked());
        assertEquals("138****5678", mobile.toString());
        assertEquals("010****5678", Phone.parse("010-12345678").masked());
        assertEquals("0971***3456", Phone.parse("0971-8123456").masked());
    }

    @Test
    void invalidNumbersAreRefused() {
        for (String raw : new String[] {"12812345678", "1381234567", "138123456789", "12345", "021-123456", "abc"}) {
            DomainException e = assertThrows(DomainException.class, () -> Phone.parse(raw), raw);
            assertEquals("phone.error.invalid", e.messageKey());
        }
    }

    @Test
    void optionalPhoneMayBeBlank() {
        assertNull(Phone.parseOptional(null));
        assertNull(Phone.parseOptional(" \u3000"));
        assertEquals("phone.error.required", assertThrows(DomainException.class, () -> Phone.parse("")).messageKey());
    }
}
