package org.zerodistance.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.domain.Claimant;
import org.zerodistance.domain.DomainException;
import org.zerodistance.domain.DonorKind;
import org.zerodistance.domain.FundEntryDraft;
import org.zerodistance.domain.FundKind;
import org.zerodistance.domain.Household;
import org.zerodistance.domain.Member;
import org.zerodistance.domain.MemberStatus;
import org.zerodistance.domain.ServiceKind;
import org.zerodistance.domain.ServiceRecordDraft;
import org.zerodistance.domain.SkillAffinity;
import org.zerodistance.domain.Wish;
import org.zerodistance.domain.WishChange;
import org.zerodistance.domain.WishDraft;
import org.zerodistance.domain.WishEvent;
import org.zerodistance.domain.WishFulfilment;
import org.zerodistance.domain.WishMatcher;
import org.zerodistance.domain.WishOverdueRule;
import org.zerodistance.domain.WishStatus;
import org.zerodistance.domain.WishSuggestion;
import org.zerodistance.persistence.CommunityRepository;
import org.zerodistance.persistence.Database;
import org.zerodistance.persistence.HouseholdRepository;
import org.zerodistance.persistence.MemberRepository;
import org.zerodistance.persistence.WishCandidateRepository;
import org.zerodistance.persistence.WishCandidateRepository.TeamInfo;
import org.zerodistance.persistence.WishRepository;

/**
 * Micro-wishes (微心愿): collect, claim (by a member or a team), release, fulfil, cancel — each change one transaction
 * that appends a history event and an audit entry. Fulfilling also writes the passbook entries of everyone who took
 * part and, when a value was given, a funds/materials entry, in the same transaction: all or nothing.
 */
public final class WishService {

    private static final Logger LOG = LoggerFactory.getLogger(WishService.class);
    private static final String ENTITY = "wish";
    /** Settings key of the number of days a wish may wait unclaimed before it shows as overdue. */
    public static final String OVERDUE_DAYS_KEY = "wish.overdueDays";
    private static final int MAX_DESCRIPTION = 500;
    private static final int MAX_CANCEL_REASON = 500;

    /** Members and teams suggested for a wish, each list best first. */
    public record Suggestions(List<WishSuggestion> members, List<WishSuggestion> teams) {
    }

    private final Database database;
    private final Auditor auditor;
    private final PointsLedger pointsLedger;
    private final FundLedger fundLedger;
    private final SettingsService settings;
    private final Clock clock;
    private final WishMatcher matcher = new WishMatcher(SkillAffinity.DEFAULT);
    private final WishRepository wishes = new WishRepository();
    private final WishCandidateRepository candidates = new WishCandidateRepository();
    private final MemberRepository members = new MemberRepository();
    private final HouseholdRepository households = new HouseholdRepository();
    private final CommunityRepository communities = new CommunityRepository();

    public WishService(Database database, Auditor auditor, PointsLedger pointsLedger, FundLedger fundLedger,
                       SettingsService settings, Clock clock) {
        this.database = database;
        this.auditor = auditor;
        this.pointsLedger = pointsLedger;
        this.fundLedger = fundLedger;
        this.settings = settings;
        this.clock = clock;
    }

    /** Today by this service's clock (what "overdue" and date checks are measured against). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- changes ---------------------------------------------------------------------------------------------------

    /** Records a newly collected wish (status 待认领). */
    public Wish collect(WishDraft draft) {
        if (draft.collectedDate().isAfter(today())) {
            throw new ServiceException("wish.error.collectedInFuture", draft.collectedDate());
        }
        return database.inTransaction(ctx -> {
            if (!communityExists(ctx, draft.communityId())) {
                throw new ServiceException("wish.error.communityNotFound", draft.communityId());
            }
            if (draft.householdId() != null) {
                Household household = households.findById(ctx, draft.householdId())
                        .orElseThrow(() -> new ServiceException("wish.error.householdNotFound", draft.householdId()));
                if (household.communityId() != draft.communityId()) {
                    throw new ServiceException("wish.error.householdOtherCommunity", household.headName());
                }
            }
            long id = wishes.insert(ctx, draft);
            wishes.appendEvent(ctx, id, now(), null, WishStatus.COLLECTED, auditor.operator(), null, null);
            auditor.record(ctx, AuditEntry.Action.CREATE, ENTITY, id, "collected category=" + draft.category());
            return require(ctx, id);
        });
    }

    /** A member takes the wish on. */
    public Wish claimByMember(long wishId, long memberId, String note) {
        return database.inTransaction(ctx -> {
            Wish wish = require(ctx, wishId);
            Member member = members.findById(ctx, memberId)
                    .orElseThrow(() -> new ServiceException("wish.error.memberNotFound", memberId));
            if (member.communityId() != wish.communityId()) {
                throw new ServiceException("wish.error.memberOtherCommunity", member.name());
            }
            if (member.archived() || member.status() != MemberStatus.ACTIVE) {
                throw new ServiceException("wish.error.memberInactive", member.name());
            }
            return claim(ctx, wish, Claimant.member(member.id(), member.name()), note);
        });
    }

    /** A volunteer team takes the wish on (团队认领). */
    public Wish claimByTeam(long wishId, long teamId, String note) {
        return database.inTransaction(ctx -> {
            Wish wish = require(ctx, wishId);
            TeamInfo team = candidates.findTeam(ctx, teamId)
                    .orElseThrow(() -> new ServiceException("wish.error.teamNotFound", teamId));
            if (team.communityId() != wish.communityId()) {
                throw new ServiceException("wish.error.teamOtherCommunity", team.name());
            }
            if (!team.active()) {
                throw new ServiceException("wish.error.teamInactive", team.name());
            }
            return claim(ctx, wish, Claimant.team(team.id(), team.name()), note);
        });
    }

    private Wish claim(DSLContext ctx, Wish wish, Claimant claimant, String note) {
        check(wish, WishChange.CLAIM);
        if (!wishes.claim(ctx, wish.id(), claimant, today())) {
            throw changedMeanwhile(ctx, wish, WishChange.CLAIM);
        }
        wishes.appendEvent(ctx, wish.id(), now(), wish.status(), WishStatus.CLAIMED, auditor.operator(), claimant, clean(note));
        auditor.record(ctx, AuditEntry.Action.UPDATE, ENTITY, wish.id(), "claimed by " + claimant.kind().code() + " " + claimant.name());
        return require(ctx, wish.id());
    }

    /** Gives the claim back: the wish waits to be claimed again. */
    public Wish release(long wishId, String note) {
        return database.inTransaction(ctx -> {
            Wish wish = require(ctx, wishId);
            check(wish, WishChange.RELEASE);
            if (!wishes.endClaim(ctx, wishId, WishStatus.CLAIMED, WishStatus.COLLECTED, null)) {
                throw changedMeanwhile(ctx, wish, WishChange.RELEASE);
            }
            wishes.appendEvent(ctx, wishId, now(), wish.status(), WishStatus.COLLECTED, auditor.operator(), wish.claimant(), clean(note));
            auditor.record(ctx, AuditEntry.Action.UPDATE, ENTITY, wishId, "released by " + wish.claimant().name());
            return require(ctx, wishId);
        });
    }

    /** Cancels a wish that will not be fulfilled; the reason is required. */
    public Wish cancel(long wishId, String reason) {
        String why = clean(reason);
        if (why == null) {
            throw new ServiceException("wish.error.cancelReasonRequired");
        }
        if (why.length() > MAX_CANCEL_REASON) {
            throw new ServiceException("wish.error.cancelReasonTooLong", MAX_CANCEL_REASON);
        }
        return database.inTransaction(ctx -> {
            Wish wish = require(ctx, wishId);
            check(wish, WishChange.CANCEL);
            if (!wishes.endClaim(ctx, wishId, wish.status(), WishStatus.CANCELLED, why)) {
                throw changedMeanwhile(ctx, wish, WishChange.CANCEL);
            }
            wishes.appendEvent(ctx, wishId, now(), wish.status(), WishStatus.CANCELLED, auditor.operator(), wish.claimant(), why);
            auditor.record(ctx, AuditEntry.Action.UPDATE, ENTITY, wishId, "cancelled from " + wish.status().code());
            return require(ctx, wishId);
        });
    }

    /**
     * Records that the wish came true. In the same transaction: who took part (the claiming member; for a team, the
     * chosen team members), a passbook entry for each of them by the points rule, and a funds/materials entry when a
     * value above zero was given (materials unless marked cash; donor the claimant; beneficiary the wish's household).
     */
    public Wish fulfil(long wishId, WishFulfilment fulfilment) {
        if (fulfilment.date().isAfter(today())) {
            throw new ServiceException("wish.error.fulfilDateFuture", fulfilment.date());
        }
        return database.inTransaction(ctx -> {
            Wish wish = require(ctx, wishId);
            check(wish, WishChange.FULFIL);
            if (fulfilment.date().isBefore(wish.collectedDate())) {
                throw new ServiceException("wish.error.fulfilDateBeforeCollected", fulfilment.date(), wish.collectedDate());
            }
            Claimant claimant = wish.claimant();
            List<Long> participants = participants(ctx, claimant, fulfilment.participantIds());
            if (!wishes.fulfil(ctx, wishId, fulfilment)) {
                throw changedMeanwhile(ctx, wish, WishChange.FULFIL);
            }
            wishes.addParticipants(ctx, wishId, participants);
            wishes.appendEvent(ctx, wishId, now(), wish.status(), WishStatus.FULFILLED, auditor.operator(), claimant, fulfilment.note());
            String description = truncate(wish.content(), MAX_DESCRIPTION);
            for (long memberId : participants) {
                pointsLedger.record(ctx, ServiceRecordDraft.byRule(wish.communityId(), memberId, fulfilment.date(),
                        ServiceKind.WISH_FULFILLED, description, null, ServiceRecordDraft.Links.wish(wishId)));
            }
            if (fulfilment.hasValue()) {
                fundLedger.append(ctx, new FundEntryDraft(wish.communityId(), fulfilment.date(),
                        fulfilment.cash() ? FundKind.CASH : FundKind.MATERIAL, description, null, fulfilment.actualValue(),
                        claimant.isTeam() ? DonorKind.TEAM : DonorKind.MEMBER,
                        claimant.isTeam() ? null : claimant.id(), claimant.isTeam() ? claimant.id() : null, null,
                        wish.resident().householdId(), wishId, null, fulfilment.note()));
            }
            auditor.record(ctx, AuditEntry.Action.UPDATE, ENTITY, wishId, "fulfilled by " + claimant.name()
                    + ", participants=" + participants.size() + (fulfilment.hasValue() ? ", value=" + fulfilment.actualValue() : ""));
            return require(ctx, wishId);
        });
    }

    /** The member ids credited for a fulfilment: the claiming member, or the chosen members of the claiming team. */
    private List<Long> participants(DSLContext ctx, Claimant claimant, List<Long> chosen) {
        if (!claimant.isTeam()) {
            if (!chosen.isEmpty() && !chosen.equals(List.of(claimant.id()))) {
                throw new ServiceException("wish.error.participantsForTeamOnly", claimant.name());
            }
            return List.of(claimant.id());
        }
        if (chosen.isEmpty()) {
            throw new ServiceException("wish.error.participantsRequired", claimant.name());
        }
        List<Long> teamMembers = candidates.teamMembers(ctx, claimant.id()).stream().map(Claimant::id).toList();
        for (long memberId : chosen) {
            if (!teamMembers.contains(memberId)) {
                String name = members.findById(ctx, memberId).map(Member::name).orElse(String.valueOf(memberId));
                throw new ServiceException("wish.error.participantNotInTeam", name, claimant.name());
            }
        }
        return chosen;
    }

    /** Refuses a change the wish's status does not allow, with a key naming both (wish.error.claim.fulfilled, …). */
    private static void check(Wish wish, WishChange change) {
        wish.status().apply(change);
    }

    /** The conditional update found another status: someone changed the wish since it was read. */
    private DomainException changedMeanwhile(DSLContext ctx, Wish before, WishChange change) {
        Wish now = require(ctx, before.id());
        LOG.info("Wish {} changed meanwhile ({} -> {}) while trying {}", before.id(), before.status(), now.status(), change);
        return new ServiceException(change.refusalKey(now.status()));
    }

    // ---- reading ---------------------------------------------------------------------------------------------------

    public Wish get(long wishId) {
        return database.read(ctx -> require(ctx, wishId));
    }

    /** The wishes of a community (all communities when null), of one status when given; newest collected first. */
    public List<Wish> list(Long communityId, WishStatus status) {
        return database.read(ctx -> wishes.list(ctx, communityId, status));
    }

    /** The wishes of one household, newest first (for the household's page). */
    public List<Wish> wishesOfHousehold(long householdId) {
        return database.read(ctx -> wishes.listByHousehold(ctx, householdId));
    }

    /** The wish's history, oldest first. */
    public List<WishEvent> timeline(long wishId) {
        return database.read(ctx -> {
            require(ctx, wishId);
            return wishes.events(ctx, wishId);
        });
    }

    /** The members who took part in fulfilling the wish (empty until it is fulfilled). */
    public List<Claimant> participants(long wishId) {
        return database.read(ctx -> wishes.participants(ctx, wishId));
    }

    /** The members of a team who can be credited for a fulfilment. */
    public List<Claimant> teamMembers(long teamId) {
        return database.read(ctx -> candidates.teamMembers(ctx, teamId));
    }

    /**
     * Active members and teams of the wish's community, ranked for the wish (专长对接): skill fit to its category and
     * words, then fewest open claims, then most past fulfilments.
     */
    public Suggestions suggestions(long wishId) {
        return database.read(ctx -> {
            Wish wish = require(ctx, wishId);
            long community = wish.communityId();
            Map<Long, Integer> memberOpen = candidates.openClaimsByMember(ctx, community);
            Map<Long, Integer> memberDone = candidates.fulfilledByMember(ctx, community);
            List<WishMatcher.Candidate> memberCandidates = new ArrayList<>();
            for (Member m : members.listByCommunity(ctx, community, false)) {
                if (m.status() == MemberStatus.ACTIVE) {
                    memberCandidates.add(new WishMatcher.Candidate(Claimant.member(m.id(), m.name()), m.skills(),
                            memberOpen.getOrDefault(m.id(), 0), memberDone.getOrDefault(m.id(), 0)));
                }
            }
            Map<Long, Integer> teamOpen = candidates.openClaimsByTeam(ctx, community);
            Map<Long, Integer> teamDone = candidates.fulfilledByTeam(ctx, community);
            List<WishMatcher.Candidate> teamCandidates = new ArrayList<>();
            for (TeamInfo t : candidates.activeTeams(ctx, community)) {
                teamCandidates.add(new WishMatcher.Candidate(Claimant.team(t.id(), t.name()),
                        t.specialty() == null ? List.of() : List.of(t.specialty()),
                        teamOpen.getOrDefault(t.id(), 0), teamDone.getOrDefault(t.id(), 0)));
            }
            return new Suggestions(matcher.rank(wish.category(), wish.content(), memberCandidates),
                    matcher.rank(wish.category(), wish.content(), teamCandidates));
        });
    }

    /** The community's households (not archived), for picking a wish's resident. */
    public List<Household> residentChoices(long communityId) {
        return database.read(ctx -> households.listByCommunity(ctx, communityId, false));
    }

    // ---- settings: the overdue rule (the category list is a word list: VocabularyService, WISH_CATEGORY) -------------

    /** The overdue rule of Settings (7 days unclaimed unless the clerk changed it). */
    public WishOverdueRule overdueRule() {
        return settings.get(OVERDUE_DAYS_KEY).map(value -> {
            try {
                return new WishOverdueRule(Integer.parseInt(value.strip()));
            } catch (NumberFormatException | DomainException e) {
                LOG.warn("Ignoring unusable setting {}={}, using the default", OVERDUE_DAYS_KEY, value);
                return WishOverdueRule.DEFAULT;
            }
        }).orElse(WishOverdueRule.DEFAULT);
    }

    public WishOverdueRule setOverdueDays(int days) {
        WishOverdueRule rule = new WishOverdueRule(days);
        settings.put(OVERDUE_DAYS_KEY, String.valueOf(days));
        return rule;
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private Wish require(DSLContext ctx, long wishId) {
        return wishes.findById(ctx, wishId).orElseThrow(() -> new ServiceException("wish.error.notFound", wishId));
    }

    private boolean communityExists(DSLContext ctx, long communityId) {
        return communities.findById(ctx, communityId).isPresent();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        return s.isEmpty() ? null : s;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
