package org.zerodistance.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.domain.DonorKind;
import org.zerodistance.domain.FundEntryDraft;
import org.zerodistance.domain.FundKind;
import org.zerodistance.domain.FundQuery;
import org.zerodistance.domain.HelpRecord;
import org.zerodistance.domain.HelpRecordDraft;
import org.zerodistance.domain.Household;
import org.zerodistance.domain.HouseholdHelpHistory;
import org.zerodistance.domain.Member;
import org.zerodistance.domain.MemberStatus;
import org.zerodistance.domain.Pairing;
import org.zerodistance.domain.PairingDetail;
import org.zerodistance.domain.PairingOverview;
import org.zerodistance.domain.ServiceKind;
import org.zerodistance.domain.ServiceRecordDraft;
import org.zerodistance.domain.Visit;
import org.zerodistance.domain.VisitIntervals;
import org.zerodistance.persistence.Database;
import org.zerodistance.persistence.FundEntryRepository;
import org.zerodistance.persistence.HelpRecordRepository;
import org.zerodistance.persistence.HouseholdRepository;
import org.zerodistance.persistence.MemberRepository;
import org.zerodistance.persistence.PairingRepository;

/**
 * Pairings (结对帮扶) of members with households, the real things done for them (办实事) and visits by paired members.
 * Help records and visits earn passbook points, and a help record with a value is entered in the funds ledger, all in
 * the same transaction.
 */
public final class PairingService {

    private static final int MAX_POINTS_DESCRIPTION = 1000;

    private final Database database;
    private final Auditor auditor;
    private final PointsLedger pointsLedger;
    private final FundLedger fundLedger;
    private final SettingsService settings;
    private final Clock clock;
    private final PairingRepository pairings = new PairingRepository();
    private final HelpRecordRepository helpRecords = new HelpRecordRepository();
    private final MemberRepository members = new MemberRepository();
    private final HouseholdRepository households = new HouseholdRepository();
    private final FundEntryRepository fundEntries = new FundEntryRepository();

    /** What the forms offer for a community: members who can be paired, households, help categories. */
    public record Choices(List<Member> members, List<Household> households, List<String> helpCategories) {
    }

    public PairingService(Database database, Auditor auditor, PointsLedger pointsLedger, FundLedger fundLedger,
                          SettingsService settings, Clock clock) {
        this.database = database;
        this.auditor = auditor;
        this.pointsLedger = pointsLedger;
        this.fundLedger = fundLedger;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Pairs a member with a household of the same community from {@code startDate}. Refused while the two already have
     * an active pairing (the member's row is locked, so two clerks pairing at once cannot both succeed).
     */
    public Pairing pair(long memberId, long householdId, LocalDate startDate) {
        if (startDate == null) {
            throw new ServiceException("pairing.error.startRequired");
        }
        requireNotFuture(startDate, "pairing.error.startInFuture");
        return database.inTransaction(ctx -> {
            pairings.lockMember(ctx, memberId);
            Member member = members.findById(ctx, memberId)
                    .orElseThrow(() -> new ServiceException("pairing.error.memberNotFound"));
            Household household = households.findById(ctx, householdId)
                    .orElseThrow(() -> new ServiceException("pairing.error.householdNotFound"));
            if (member.archived() || member.status() != MemberStatus.ACTIVE) {
                throw new ServiceException("pairing.error.memberInactive", member.name());
            }
            if (household.archived()) {
                throw new ServiceException("pairing.error.householdArchived", household.headName());
            }
            if (member.communityId() != household.communityId()) {
                throw new ServiceException("pairing.error.otherCommunity", member.name(), household.headName());
            }
            Optional<Pairing> active = pairings.findActive(ctx, memberId, householdId);
            if (active.isPresent()) {
                throw new ServiceException("pairing.error.alreadyActive", member.name(), household.headName(),
                        active.get().startDate().toString());
            }
            long id = pairings.insert(ctx, member.communityId(), memberId, householdId, startDate);
            auditor.record(ctx, AuditEntry.Action.CREATE, "pairing", id,
                    "member #" + memberId + " " + member.name() + " with household #" + householdId + " " + household.headName()
                            + " from " + startDate);
            return pairings.findById(ctx, id).orElseThrow();
        });
    }

    /** Ends an active pairing on {@code endDate} (not before its start, not in the future) for {@code reason}. */
    public Pairing end(long pairingId, LocalDate endDate, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (endDate == null) {
            throw new ServiceException("pairing.error.endRequired");
        }
        if (why.isEmpty()) {
            throw new ServiceException("pairing.error.reasonRequired");
        }
        if (why.length() > Pairing.MAX_REASON_LENGTH) {
            throw new ServiceException("pairing.error.reasonTooLong", Pairing.MAX_REASON_LENGTH);
        }
        requireNotFuture(endDate, "pairing.error.endInFuture");
        return database.inTransaction(ctx -> {
            Pairing pairing = requirePairing(ctx, pairingId);
            if (endDate.isBefore(pairing.startDate())) {
                throw new ServiceException("pairing.error.endBeforeStart", pairing.startDate().toString());
            }
            if (!pairings.end(ctx, pairingId, endDate, why)) {
                throw new ServiceException("pairing.error.alreadyEnded");
            }
            auditor.record(ctx, AuditEntry.Action.UPDATE, "pairing", pairingId, "ended " + endDate + ": " + why);
            return pairings.findById(ctx, pairingId).orElseThrow();
        });
    }

    /**
     * Adds a real thing done: earns the member HELP_RECORD points and, when it had a value, appends a funds/materials
     * entry (donor: the member; beneficiary: the household) that the help record points to. One transaction.
     */
    public HelpRecord addHelpRecord(HelpRecordDraft draft) {
        requireNotFuture(draft.date(), "help.error.dateInFuture");
        return database.inTransaction(ctx -> {
            long communityId;
            long memberId;
            Long householdId;
            if (draft.pairingId() != null) {
                Pairing pairing = requirePairing(ctx, draft.pairingId());
                if (draft.memberId() != null && draft.memberId() != pairing.memberId()) {
                    throw new ServiceException("help.error.notPairedMember");
                }
                if (!pairing.covers(draft.date())) {
                    throw outside("help.error.", pairing);
                }
                communityId = pairing.communityId();
                memberId = pairing.memberId();
                householdId = pairing.householdId();
            } else {
                if (draft.memberId() == null) {
                    throw new ServiceException("help.error.memberRequired");
                }
                var wish = helpRecords.findWish(ctx, draft.wishId())
                        .orElseThrow(() -> new ServiceException("help.error.wishNotFound"));
                Member member = members.findById(ctx, draft.memberId())
                        .orElseThrow(() -> new ServiceException("pairing.error.memberNotFound"));
                if (member.communityId() != wish.communityId()) {
                    throw new ServiceException("help.error.wishOtherCommunity", member.name());
                }
                communityId = wish.communityId();
                memberId = member.id();
                householdId = wish.householdId();
            }
            if (draft.wishId() != null && draft.pairingId() != null) {
                var wish = helpRecords.findWish(ctx, draft.wishId())
                        .orElseThrow(() -> new ServiceException("help.error.wishNotFound"));
                if (wish.communityId() != communityId) {
                    throw new ServiceException("fund.error.wishMismatch");
                }
            }
            Long fundEntryId = null;
            if (draft.amount() != null && draft.wishId() != null) {
                // the wish's fulfilment may already have entered this value: count it once
                Optional<Long> counted = fundEntries.standingEntryOfWish(ctx, draft.wishId());
                if (counted.isPresent()) {
                    throw new ServiceException("help.error.wishValueCounted", counted.get());
                }
            }
            if (draft.amount() != null) {
                if (draft.fundKind() == FundKind.MATERIAL && draft.quantity() == null) {
                    throw new ServiceException("fund.error.quantityRequired");
                }
                fundEntryId = fundLedger.append(ctx, new FundEntryDraft(communityId, draft.date(), draft.fundKind(),
                        shorten(draft.content(), FundLedger.MAX_DESCRIPTION_LENGTH), draft.quantity(), draft.amount(),
                        DonorKind.MEMBER, memberId, null, null, householdId, draft.wishId(), draft.pairingId(), null));
            }
            long id = helpRecords.insert(ctx, communityId, memberId, householdId, draft.pairingId(), draft.wishId(),
                    draft.date(), draft.content(), draft.category(), draft.amount(), fundEntryId);
            pointsLedger.record(ctx, ServiceRecordDraft.byRule(communityId, memberId, draft.date(), ServiceKind.HELP_RECORD,
                    shorten(draft.content(), MAX_POINTS_DESCRIPTION), null, ServiceRecordDraft.Links.helpRecord(id)));
            auditor.record(ctx, AuditEntry.Action.CREATE, "help_record", id, "member #" + memberId
                    + (householdId == null ? "" : " for household #" + householdId)
                    + (fundEntryId == null ? "" : ", fund entry #" + fundEntryId));
            return helpRecords.findById(ctx, id).orElseThrow();
        });
    }

    /**
     * Records a visit by the pairing's member to its household, linked to the pairing, and earns VISIT points.
     * (Visits without a pairing belong to the Households screen.)
     */
    public Visit addVisit(long pairingId, LocalDate date, String note) {
        if (date == null) {
            throw new ServiceException("visit.error.dateRequired");
        }
        requireNotFuture(date, "visit.error.dateInFuture");
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > Visit.MAX_NOTE_LENGTH) {
            throw new ServiceException("visit.error.noteTooLong", Visit.MAX_NOTE_LENGTH);
        }
        return database.inTransaction(ctx -> {
            Pairing pairing = requirePairing(ctx, pairingId);
            if (!pairing.covers(date)) {
                throw outside("visit.error.", pairing);
            }
            long id = pairings.insertVisit(ctx, pairing.householdId(), pairingId, date, text, List.of(pairing.memberId()));
            pointsLedger.record(ctx, ServiceRecordDraft.byRule(pairing.communityId(), pairing.memberId(), date, ServiceKind.VISIT,
                    text == null ? null : shorten(text, MAX_POINTS_DESCRIPTION), null, ServiceRecordDraft.Links.visit(id)));
            auditor.record(ctx, AuditEntry.Action.CREATE, "visit", id,
                    "pairing #" + pairingId + ", household #" + pairing.householdId() + " on " + date);
            return pairings.visitsOfHousehold(ctx, pairing.householdId()).stream().filter(v -> v.id() == id).findFirst().orElseThrow();
        });
    }

    /** The pairings of a community (all communities when null), active and ended, with their overdue flag as of today. */
    public List<PairingOverview> list(Long communityId) {
        VisitIntervals intervals = settings.visitIntervals();
        LocalDate today = LocalDate.now(clock);
        return database.read(ctx -> pairings.overviews(ctx, communityId, intervals, today));
    }

    /** A member's pairings (for the member's page). */
    public List<PairingOverview> pairingsOfMember(long memberId) {
        VisitIntervals intervals = settings.visitIntervals();
        LocalDate today = LocalDate.now(clock);
        return database.read(ctx -> pairings.overviewsOfMember(ctx, memberId, intervals, today));
    }

    /** The member's active pairing with the household, if any: a visit by that member links to it. */
    public Optional<Pairing> activePairing(long memberId, long householdId) {
        return database.read(ctx -> pairings.findActive(ctx, memberId, householdId));
    }

    public PairingDetail detail(long pairingId) {
        VisitIntervals intervals = settings.visitIntervals();
        LocalDate today = LocalDate.now(clock);
        return database.read(ctx -> {
            PairingOverview overview = pairings.overview(ctx, pairingId, intervals, today)
                    .orElseThrow(() -> new ServiceException("pairing.error.notFound"));
            return new PairingDetail(overview, pairings.visitsOfPairing(ctx, pairingId), helpRecords.listByPairing(ctx, pairingId),
                    fundEntries.list(ctx, FundQuery.pairing(pairingId)));
        });
    }

    /** Everything a household received and who visited it: for the household's page. */
    public HouseholdHelpHistory householdHistory(long householdId) {
        VisitIntervals intervals = settings.visitIntervals();
        LocalDate today = LocalDate.now(clock);
        FundQuery received = FundQuery.household(householdId);
        return database.read(ctx -> new HouseholdHelpHistory(householdId,
                pairings.overviewsOfHousehold(ctx, householdId, intervals, today),
                pairings.visitsOfHousehold(ctx, householdId),
                helpRecords.listByHousehold(ctx, householdId),
                fundEntries.list(ctx, received),
                fundEntries.totals(ctx, received)));
    }

    /** Active members and households of the community, and the suggested help categories. */
    public Choices choices(long communityId) {
        return database.read(ctx -> new Choices(
                members.listByCommunity(ctx, communityId, false).stream().filter(m -> m.status() == MemberStatus.ACTIVE).toList(),
                households.listByCommunity(ctx, communityId, false),
                helpRecords.suggestedCategories(ctx)));
    }

    private Pairing requirePairing(DSLContext ctx, long pairingId) {
        return pairings.findById(ctx, pairingId).orElseThrow(() -> new ServiceException("pairing.error.notFound"));
    }

    /** A date outside the pairing: before it started, or (when it has ended) outside its period. */
    private static ServiceException outside(String prefix, Pairing pairing) {
        return pairing.endDate() == null
                ? new ServiceException(prefix + "beforeStart", pairing.startDate().toString())
                : new ServiceException(prefix + "outsidePairing", pairing.startDate().toString(), pairing.endDate().toString());
    }

    private void requireNotFuture(LocalDate date, String key) {
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            throw new ServiceException(key, LocalDate.now(clock).toString());
        }
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
