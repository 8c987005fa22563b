package org.zerodistance.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter such as 2026Q3, the period of the programme's reports. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern CODE = Pattern.compile("(\\d{4})[Qq]([1-4])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new DomainException("quarter.error.invalid", year + "Q" + number);
        }
    }

    /** Parses {@code 2026Q3}; anything else is refused with a message naming the expected form. */
    public static Quarter parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.strip());
        if (!m.matches()) {
            throw new DomainException("quarter.error.invalid", code);
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public String code() {
        return year + "Q" + number;
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return code();
    }
}
