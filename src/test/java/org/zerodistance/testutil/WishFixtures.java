package org.zerodistance.testutil;

import static org.zerodistance.persistence.jooq.Tables.TEAM;
import static org.zerodistance.persistence.jooq.Tables.TEAM_MEMBER;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.zerodistance.domain.Member;
import org.zerodistance.domain.WishDraft;
import org.zerodistance.domain.WishSource;
import org.zerodistance.persistence.HouseholdRepository;
import org.zerodistance.persistence.MemberRepository;
import org.zerodistance.service.Services;
import org.zerodistance.service.WishService;

/**
 * Puts the people around wishes into a test database: a community, its members, households and volunteer teams.
 * Teams are inserted with jOOQ directly (the teams feature owns their service).
 */
public final class WishFixtures {

    private final Services services;
    private final long communityId;

    private WishFixtures(Services services, long communityId) {
        this.services = services;
        this.communityId = communityId;
    }

    /** A wish service over {@code services} whose clock says it is {@code today}, 9:30 in Beijing. */
    public static WishService wishServiceOn(Services services, LocalDate today) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Clock clock = Clock.fixed(ZonedDateTime.of(today.atTime(9, 30), zone).toInstant(), zone);
        return new WishService(services.database(), services.auditor(), services.pointsLedger(), services.fundLedger(),
                services.settings(), clock);
    }

    /** Adds the community {@code name} and works in it. */
    public static WishFixtures newCommunity(Services services, String name) {
        return new WishFixtures(services, services.communities().add(name).id());
    }

    public long communityId() {
        return communityId;
    }

    /** An active member of this community with these skills. */
    public long member(String name, String... skills) {
        return member(Members.aMember().inCommunity(communityId).withName(name).withSkills(skills).build());
    }

    public long member(Member member) {
        return services.database().inTransaction(ctx -> new MemberRepository().insert(ctx, member));
    }

    /** A household of this community at {@code building}栋{@code unit}单元{@code room}. */
    public long household(String head, String building, String unit, String room) {
        return services.database().inTransaction(ctx -> new HouseholdRepository().insert(ctx,
                Households.aHousehold().inCommunity(communityId).withHead(head).at(building, unit, room).build()));
    }

    /** An active team of this community with a specialty and members. */
    public long team(String name, String specialty, long... memberIds) {
        return services.database().inTransaction(ctx -> {
            long id = ctx.insertInto(TEAM, TEAM.COMMUNITY_ID, TEAM.NAME, TEAM.SPECIALTY)
                    .values(communityId, name, specialty).returning(TEAM.ID).fetchOne(TEAM.ID);
            for (long memberId : memberIds) {
                ctx.insertInto(TEAM_MEMBER, TEAM_MEMBER.TEAM_ID, TEAM_MEMBER.MEMBER_ID).values(id, memberId).execute();
            }
            return id;
        });
    }

    public void disbandTeam(long teamId) {
        services.database().inTransactionDo(ctx -> ctx.update(TEAM).set(TEAM.STATUS, "DISBANDED")
                .set(TEAM.DISBANDED_DATE, LocalDate.of(2026, 1, 1)).where(TEAM.ID.eq(teamId)).execute());
    }

    /** A wish of an unregistered resident, collected on {@code date}. */
    public WishDraft wish(String content, String category, LocalDate date) {
        return new WishDraft(communityId, null, "王大爷", "13900001111", content, category, null, WishSource.HOME_VISIT, date, null);
    }

    /** A wish of a registered household with an estimated value. */
    public WishDraft householdWish(long householdId, String content, String category, String value, LocalDate date) {
        return new WishDraft(communityId, householdId, null, null, content, category,
                value == null ? null : new BigDecimal(value), WishSource.FORUM, date, null);
    }
}
