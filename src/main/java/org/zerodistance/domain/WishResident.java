package org.zerodistance.domain;

/**
 * The resident a wish is for: a household of the registry ({@code householdId} set; name, phone and address come from it)
 * or a person who is not registered (name and optional phone typed by the clerk). {@code phone} is digits only or null.
 */
public record WishResident(Long householdId, String name, String phone, String address) {

    public WishResident {
        name = name == null ? "" : name;
        address = address == null ? "" : address;
    }

    public boolean isRegistered() {
        return householdId != null;
    }

    /** {@code 李秀英 · 3栋2单元401}, or the name alone. */
    public String displayName() {
        return address.isEmpty() ? name : name + " · " + address;
    }

    /** Never prints the phone. */
    @Override
    public String toString() {
        return "WishResident[householdId=" + householdId + ", name=" + name + "]";
    }
}
