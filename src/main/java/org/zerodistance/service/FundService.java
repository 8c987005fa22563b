package org.zerodistance.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.domain.FundEntry;
import org.zerodistance.domain.FundEntryDraft;
import org.zerodistance.domain.FundKind;
import org.zerodistance.domain.FundQuery;
import org.zerodistance.domain.FundTotals;
import org.zerodistance.domain.Household;
import org.zerodistance.domain.Member;
import org.zerodistance.domain.Money;
import org.zerodistance.domain.NamedRef;
import org.zerodistance.domain.Pairing;
import org.zerodistance.domain.Quarter;
import org.zerodistance.persistence.CommunityRepository;
import org.zerodistance.persistence.Database;
import org.zerodistance.persistence.FundEntryRepository;
import org.zerodistance.persistence.HelpRecordRepository;
import org.zerodistance.persistence.HouseholdRepository;
import org.zerodistance.persistence.MemberRepository;
import org.zerodistance.persistence.PairingRepository;

/**
 * The helping-funds and materials ledger (帮扶资金/物资): entries, reversing entries, and totals per community and
 * quarter summed exactly in SQL. Append-only: nothing is edited or deleted in place.
 */
public final class FundService {

    private static final String ENTITY = "fund_entry";

    private final Database database;
    private final Auditor auditor;
    private final FundLedger ledger;
    private final Clock clock;
    private final FundEntryRepository entries = new FundEntryRepository();
    private final CommunityRepository communities = new CommunityRepository();
    private final MemberRepository members = new MemberRepository();
    private final HouseholdRepository households = new HouseholdRepository();
    private final PairingRepository pairings = new PairingRepository();
    private final HelpRecordRepository helpRecords = new HelpRecordRepository();

    /** What the entry form offers for a community: member and team donors, beneficiary households. */
    public record Choices(List<Member> members, List<NamedRef> teams, List<Household> households) {
    }

    /** A household's active pairings and wishes, each as an id and a label. */
    public record Links(List<NamedRef> pairings, List<NamedRef> wishes) {
    }

    public FundService(Database database, Auditor auditor, FundLedger ledger, Clock clock) {
        this.database = database;
        this.auditor = auditor;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Appends an entry typed by the clerk and returns it as stored. */
    public FundEntry record(FundEntryDraft draft) {
        return database.inTransaction(ctx -> {
            checkEntry(ctx, draft);
            long id = ledger.append(ctx, draft);
            auditor.record(ctx, AuditEntry.Action.CREATE, ENTITY, id, summary(draft));
            return entries.findById(ctx, id).orElseThrow();
        });
    }

    /** Appends the entry reversing {@code entryId}, with the reason; both stay in the ledger. Returns the reversing entry. */
    public FundEntry reverse(long entryId, String reason) {
        return database.inTransaction(ctx -> {
            long id = ledger.reverse(ctx, entryId, reason);
            auditor.record(ctx, AuditEntry.Action.CREATE, ENTITY, id, "reverses #" + entryId + ": " + reason.strip());
            return entries.findById(ctx, id).orElseThrow();
        });
    }

    public List<FundEntry> list(FundQuery query) {
        return database.read(ctx -> entries.list(ctx, query));
    }

    public FundTotals totals(FundQuery query) {
        return database.read(ctx -> entries.totals(ctx, query));
    }

    /** A community's (all communities' when null) cash and materials dated within the quarter. */
    public FundTotals totals(Long communityId, Quarter quarter) {
        return totals(FundQuery.quarter(communityId, quarter));
    }

    /** Each community's totals for the quarter (communities without entries left out). */
    public Map<Long, FundTotals> totalsByCommunity(Quarter quarter) {
        return database.read(ctx -> entries.totalsByCommunity(ctx, quarter.firstDay(), quarter.lastDay()));
    }

    public FundEntry entry(long id) {
        return database.read(ctx -> entries.findById(ctx, id))
                .orElseThrow(() -> new ServiceException("fund.error.notFound", id));
    }

    public Choices choices(long communityId) {
        return database.read(ctx -> new Choices(members.listByCommunity(ctx, communityId, false),
                entries.teams(ctx, communityId), households.listByCommunity(ctx, communityId, false)));
    }

    /** What an entry for the household may be linked to: its active pairings and its wishes. */
    public Links linksOf(long householdId) {
        return database.read(ctx -> new Links(pairings.activeOfHousehold(ctx, householdId), entries.wishesOfHousehold(ctx, householdId)));
    }

    private void checkEntry(DSLContext ctx, FundEntryDraft d) {
        if (communities.findById(ctx, d.communityId()).isEmpty()) {
            throw new ServiceException("community.error.notFound", String.valueOf(d.communityId()));
        }
        if (d.date() != null && d.date().isAfter(LocalDate.now(clock))) {
            throw new ServiceException("fund.error.dateInFuture");
        }
        if (d.kind() == FundKind.MATERIAL) {
            if (d.description() == null || d.description().isBlank()) {
                throw new ServiceException("fund.error.descriptionRequired");
            }
            if (d.quantity() == null || d.quantity().isBlank()) {
                throw new ServiceException("fund.error.quantityRequired");
            }
        }
        if (d.donorMemberId() != null && members.findById(ctx, d.donorMemberId()).isEmpty()) {
            throw new ServiceException("fund.error.donorNotFound");
        }
        if (d.householdId() != null) {
            Household household = households.findById(ctx, d.householdId())
                    .orElseThrow(() -> new ServiceException("fund.error.householdNotFound"));
            if (household.communityId() != d.communityId()) {
                throw new ServiceException("fund.error.householdOtherCommunity", household.headName());
            }
        }
        if (d.pairingId() != null) {
            Pairing pairing = pairings.findById(ctx, d.pairingId())
                    .orElseThrow(() -> new ServiceException("fund.error.pairingNotFound"));
            if (pairing.communityId() != d.communityId()
                    || (d.householdId() != null && pairing.householdId() != d.householdId())) {
                throw new ServiceException("fund.error.pairingMismatch");
            }
        }
        if (d.wishId() != null) {
            var wish = helpRecords.findWish(ctx, d.wishId())
                    .orElseThrow(() -> new ServiceException("fund.error.wishNotFound"));
            if (wish.communityId() != d.communityId()) {
                throw new ServiceException("fund.error.wishMismatch");
            }
        }
    }

    private static String summary(FundEntryDraft d) {
        return d.kind() + " " + Money.plain(d.amount()) + " on " + d.date()
                + (d.householdId() == null ? "" : " to household #" + d.householdId());
    }
}
