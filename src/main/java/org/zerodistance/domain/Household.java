package org.zerodistance.domain;

import java.util.List;

/** A household in need (帮扶对象) of a community: head of household, address, categories. */
public record Household(long id, long communityId, String headName, String building, String unit, String room,
                        String phone, List<String> categories, int peopleCount, String notes, boolean archived) {

    public Household {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** {@code 3栋2单元401} style address from its parts (blank parts left out). */
    public String address() {
        return addressOf(building, unit, room);
    }

    /** {@code 3栋2单元401} style address from the given parts (blank or null parts left out). */
    public static String addressOf(String building, String unit, String room) {
        StringBuilder sb = new StringBuilder();
        if (building != null && !building.isBlank()) {
            sb.append(building.strip()).append('栋');
        }
        if (unit != null && !unit.isBlank()) {
            sb.append(unit.strip()).append("单元");
        }
        if (room != null && !room.isBlank()) {
            sb.append(room.strip());
        }
        return sb.toString();
    }

    public Household withId(long newId) {
        return new Household(newId, communityId, headName, building, unit, room, phone, categories, peopleCount, notes, archived);
    }

    /** Never prints the phone or address. */
    @Override
    public String toString() {
        return "Household[id=" + id + ", communityId=" + communityId + ", head=" + headName + "]";
    }
}
