package org.zerodistance.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** A household as typed in the form: raw phone text, checked field by field by {@link #problems()}. */
public record HouseholdDraft(String headName, String building, String unit, String room, String phone,
                             List<String> categories, int peopleCount, String notes) {

    public static final int MAX_HEAD_NAME = 50;
    public static final int MAX_ADDRESS_PART = 20;
    public static final int MAX_PEOPLE = 99;
    public static final int MAX_NOTES = 2000;

    /** The form fields a problem can belong to. */
    public enum Field { HEAD_NAME, BUILDING, UNIT, ROOM, PHONE, CATEGORIES, PEOPLE_COUNT, NOTES }

    public HouseholdDraft {
        categories = categories == null ? List.of() : List.copyOf(new LinkedHashSet<>(categories.stream()
                .map(s -> s == null ? "" : s.strip()).filter(s -> !s.isEmpty()).toList()));
    }

    public static HouseholdDraft of(Household h) {
        return new HouseholdDraft(h.headName(), h.building(), h.unit(), h.room(), h.phone(), h.categories(), h.peopleCount(), h.notes());
    }

    /** What is wrong, per field, in form order; empty when the draft is fine. */
    public Map<Field, DomainException> problems() {
        Map<Field, DomainException> problems = new EnumMap<>(Field.class);
        String head = Texts.clean(headName);
        if (head == null) {
            problems.put(Field.HEAD_NAME, new DomainException("household.error.headRequired"));
        } else if (head.length() > MAX_HEAD_NAME) {
            problems.put(Field.HEAD_NAME, new DomainException("household.error.headTooLong", MAX_HEAD_NAME));
        }
        addressPart(problems, Field.BUILDING, building);
        addressPart(problems, Field.UNIT, unit);
        addressPart(problems, Field.ROOM, room);
        try {
            Phone.parseOptional(phone);
        } catch (DomainException e) {
            problems.put(Field.PHONE, e);
        }
        if (categories.isEmpty()) {
            problems.put(Field.CATEGORIES, new DomainException("household.error.categoryRequired"));
        }
        if (peopleCount < 1 || peopleCount > MAX_PEOPLE) {
            problems.put(Field.PEOPLE_COUNT, new DomainException("household.error.people", MAX_PEOPLE));
        }
        String cleanNotes = Texts.clean(notes);
        if (cleanNotes != null && cleanNotes.length() > MAX_NOTES) {
            problems.put(Field.NOTES, new DomainException("household.error.notesTooLong", MAX_NOTES));
        }
        return problems;
    }

    /** The household this draft describes (normalised), or the first problem as an exception. */
    public Household toHousehold(long id, long communityId, boolean archived) {
        Map<Field, DomainException> problems = problems();
        if (!problems.isEmpty()) {
            throw problems.values().iterator().next();
        }
        Phone parsed = Phone.parseOptional(phone);
        return new Household(id, communityId, Texts.clean(headName), Texts.clean(building), Texts.clean(unit), Texts.clean(room),
                parsed == null ? null : parsed.digits(), new ArrayList<>(categories), peopleCount, Texts.clean(notes), archived);
    }

    private static void addressPart(Map<Field, DomainException> problems, Field field, String value) {
        String clean = Texts.clean(value);
        if (clean != null && clean.length() > MAX_ADDRESS_PART) {
            problems.put(field, new DomainException("household.error.addressTooLong", MAX_ADDRESS_PART));
        }
    }
}
