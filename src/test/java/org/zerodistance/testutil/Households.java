package org.zerodistance.testutil;

import java.util.List;
import org.zerodistance.domain.Household;

/** Test-data builder: {@code Households.aHousehold().withHead("李奶奶").inCommunity(id).build()}. */
public final class Households {

    private long communityId = 1;
    private String head = "李秀英";
    private String building = "3";
    private String unit = "2";
    private String room = "401";
    private String phone = "13987654321";
    private List<String> categories = List.of("空巢老人");
    private int people = 2;

    public static Households aHousehold() {
        return new Households();
    }

    public Households inCommunity(long id) {
        this.communityId = id;
        return this;
    }

    public Households withHead(String value) {
        this.head = value;
        return this;
    }

    public Households at(String building, String unit, String room) {
        this.building = building;
        this.unit = unit;
        this.room = room;
        return this;
    }

    public Households withPhone(String value) {
        this.phone = value;
        return this;
    }

    public Households withCategories(String... values) {
        this.categories = List.of(values);
        return this;
    }

    public Households withPeople(int value) {
        this.people = value;
        return this;
    }

    public Household build() {
        return new Household(0, communityId, head, building, unit, room, phone, categories, people, null, false);
    }
}
