package org.zerodistance.testutil;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.zerodistance.domain.Household;
import org.zerodistance.domain.Member;
import org.zerodistance.persistence.HouseholdRepository;
import org.zerodistance.persistence.MemberRepository;
import org.zerodistance.service.Services;

/**
 * Puts members and households straight into the database through the base repositories (the member and household
 * services belong to another feature), for pairing and funds tests.
 */
public final class PairingSeeds {

    private PairingSeeds() {
    }

    /** Services over a fresh database whose "today" is {@code today}, with a known operator name. */
    public static Services servicesOn(LocalDate today) {
        Clock clock = Clock.fixed(today.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        Services services = new Services(TestDatabases.fresh(), clock);
        services.settings().setOperator("测试员");
        return services;
    }

    public static long community(Services services, String name) {
        return services.communities().add(name).id();
    }

    public static long member(Services services, Member member) {
        return services.database().inTransaction(ctx -> new MemberRepository().insert(ctx, member));
    }

    public static long member(Services services, long communityId, String name) {
        return member(services, Members.aMember().inCommunity(communityId).withName(name).build());
    }

    public static long household(Services services, Household household) {
        return services.database().inTransaction(ctx -> new HouseholdRepository().insert(ctx, household));
    }

    public static long household(Services services, long communityId, String head, String... categories) {
        return household(services, Households.aHousehold().inCommunity(communityId).withHead(head).withCategories(categories).build());
    }
}
