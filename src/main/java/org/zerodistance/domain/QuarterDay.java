package org.zerodistance.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date written relative to the day the sample community is loaded: {@code Q-2:45} is the 45th day of the quarter two
 * quarters before today's, {@code Q0:10} the 10th day of today's quarter. Past quarters take the day as written (capped
 * at the quarter's last day); in today's quarter the days 1–92 are spread over the days that have passed so far (its first
 * day to today), so no date lies in the future and today's quarter holds its share of the data even on its first day.
 * Order is kept: a later day never resolves to an earlier date.
 */
public record QuarterDay(int quarterOffset, int day) {

    private static final Pattern FORM = Pattern.compile("Q(0|-\\d{1,2}):(\\d{1,2})");
    /** The longest quarter (Q3, Q4) has 92 days. */
    public static final int MAX_DAY = 92;

    public QuarterDay {
        if (quarterOffset > 0 || day < 1 || day > MAX_DAY) {
            throw new DomainException("sample.error.date", "Q" + quarterOffset + ":" + day);
        }
    }

    /** Parses {@code Q-2:45} or {@code Q0:10}; anything else is refused with the text in the message. */
    public static QuarterDay parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new DomainException("sample.error.date", text);
        }
        return new QuarterDay(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The date this stands for when loaded on {@code today}. */
    public LocalDate on(LocalDate today) {
        Quarter quarter = Quarter.of(today);
        for (int i = 0; i > quarterOffset; i--) {
            quarter = quarter.previous();
        }
        LocalDate first = quarter.firstDay();
        if (quarterOffset < 0) {
            LocalDate date = first.plusDays(day - 1L);
            return date.isAfter(quarter.lastDay()) ? quarter.lastDay() : date;
        }
        long elapsed = ChronoUnit.DAYS.between(first, today); // 0 on the quarter's first day
        return first.plusDays(Math.round((day - 1) * elapsed / (double) (MAX_DAY - 1)));
    }

    @Override
    public String toString() {
        return "Q" + quarterOffset + ":" + day;
    }
}
