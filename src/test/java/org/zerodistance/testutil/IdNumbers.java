package org.zerodistance.testutil;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Valid ID numbers for tests: region 630102, a birth date and a sequence, with the right check character. */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumbers() {
    }

    /** The {@code n}-th valid ID (n from 0 to 999,999 gives distinct numbers; odd n are men). */
    public static String valid(int n) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n / 1000 % 15000);
        return valid("630102", birth, n % 1000);
    }

    public static String valid(String region, LocalDate birth, int sequence) {
        String first17 = region + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK[sum % 11];
    }
}
