package org.zerodistance.testutil;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.ServiceKind;
import org.zerodistance.domain.ServiceRecordDraft;
import org.zerodistance.persistence.MemberRepository;
import org.zerodistance.service.Services;

/** Puts communities, members and passbook entries into a test database for the teams/posts/passbook tests. */
public final class VolunteerSeed {

    private final Services services;

    public VolunteerSeed(Services services) {
        this.services = services;
    }

    public Community community(String name) {
        return services.communities().add(name);
    }

    /** Adds a member of the community and returns the id. */
    public long member(long communityId, String name) {
        return member(Members.aMember().withName(name).inCommunity(communityId));
    }

    public long member(Members builder) {
        return services.database().inTransaction(ctx -> new MemberRepository().insert(ctx, builder.build()));
    }

    /** Writes a passbook entry through the ledger, its points from the rule of Settings. */
    public long entry(long communityId, long memberId, LocalDate date, ServiceKind kind, String hours) {
        return services.database().inTransaction(ctx -> services.pointsLedger().record(ctx, ServiceRecordDraft.byRule(communityId,
                memberId, date, kind, kind.name().toLowerCase(java.util.Locale.ROOT), hours == null ? null : new BigDecimal(hours),
                ServiceRecordDraft.Links.NONE)));
    }
}
