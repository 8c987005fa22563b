package org.zerodistance.domain;

import java.util.Locale;

/** Who took a wish on: a member, or a volunteer team (团队认领). {@code name} is for display only. */
public record Claimant(Kind kind, long id, String name) {

    /** A member or a team. */
    public enum Kind {
        MEMBER, TEAM;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Claimant {
        if (kind == null) {
            throw new IllegalArgumentException("kind");
        }
        name = name == null ? "" : name;
    }

    public static Claimant member(long id, String name) {
        return new Claimant(Kind.MEMBER, id, name);
    }

    public static Claimant team(long id, String name) {
        return new Claimant(Kind.TEAM, id, name);
    }

    public boolean isTeam() {
        return kind == Kind.TEAM;
    }

    /** Same kind and id (names may differ in spelling over time). */
    public boolean sameAs(Claimant other) {
        return other != null && other.kind == kind && other.id == id;
    }
}
