package org.zerodistance.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.Household;
import org.zerodistance.domain.HouseholdDraft;
import org.zerodistance.domain.HouseholdSummary;
import org.zerodistance.domain.Member;
import org.zerodistance.domain.ServiceKind;
import org.zerodistance.domain.ServiceRecordDraft;
import org.zerodistance.domain.Texts;
import org.zerodistance.domain.Visit;
import org.zerodistance.domain.VisitDraft;
import org.zerodistance.domain.VisitIntervals;
import org.zerodistance.domain.VocabularyKind;
import org.zerodistance.persistence.CommunityRepository;
import org.zerodistance.persistence.Database;
import org.zerodistance.persistence.HouseholdRepository;
import org.zerodistance.persistence.MemberRepository;
import org.zerodistance.persistence.SettingRepository;
import org.zerodistance.persistence.VisitRepository;

/**
 * Households in need and their visits. Each visiting member earns a VISIT passbook entry in the visit's transaction.
 * The visit interval per category is the {@code visit.interval.<category>} setting over the defaults of
 * {@link VisitIntervals} (the same intervals pairings use); a household is overdue when more days than its interval
 * have passed since its last visit, or since it was registered when nobody has visited yet.
 */
public final class HouseholdService {

    static final String ENTITY = "household";

    private final Database database;
    private final Auditor auditor;
    private final VocabularyService vocabulary;
    private final PointsLedger pointsLedger;
    private final SettingsService settingsService;
    private final HouseholdRepository households = new HouseholdRepository();
    private final MemberRepository members = new MemberRepository();
    private final VisitRepository visits = new VisitRepository();
    private final CommunityRepository communities = new CommunityRepository();
    private final SettingRepository settings = new SettingRepository();

    public HouseholdService(Database database, Auditor auditor, VocabularyService vocabulary, PointsLedger pointsLedger,
                            SettingsService settingsService) {
        this.database = database;
        this.settingsService = settingsService;
        this.auditor = auditor;
        this.vocabulary = vocabulary;
        this.pointsLedger = pointsLedger;
    }

    /** The list rows of one community (null: every community), with last visit and the interval that applies. */
    public List<HouseholdSummary> list(Long communityId, boolean includeArchived) {
        VisitIntervals intervals = settingsService.visitIntervals();
        return database.read(ctx -> households.listSummaries(ctx, communityId, includeArchived)).stream()
                .map(s -> s.withInterval(intervals.daysFor(s.household().categories()))).toList();
    }

    /** Only the households overdue for a visit on {@code today}. */
    public List<HouseholdSummary> overdue(Long communityId, LocalDate today) {
        return list(communityId, false).stream().filter(s -> s.isOverdue(today)).toList();
    }

    public Household get(long id) {
        return database.read(ctx -> require(ctx, id));
    }

    public HouseholdSummary summary(long id) {
        VisitIntervals intervals = settingsService.visitIntervals();
        return database.read(ctx -> households.findSummary(ctx, id))
                .map(s -> s.withInterval(intervals.daysFor(s.household().categories())))
                .orElseThrow(() -> new ServiceException("household.error.notFound", id));
    }

    public Household add(long communityId, HouseholdDraft draft) {
        return database.inTransaction(ctx -> {
            Community community = communities.findById(ctx, communityId)
                    .orElseThrow(() -> new ServiceException("community.error.notFound", String.valueOf(communityId)));
            Household household = draft.toHousehold(0, communityId, false);
            vocabulary.requireKnown(ctx, VocabularyKind.HOUSEHOLD_CATEGORY, household.categories());
            long id = households.insert(ctx, household);
            auditor.record(ctx, AuditEntry.Action.CREATE, ENTITY, id, describe(household) + " community=" + community.name());
            return household.withId(id);
        });
    }

    public Household update(long id, HouseholdDraft draft) {
        return database.inTransaction(ctx -> {
            Household before = require(ctx, id);
            Household after = draft.toHousehold(id, before.communityId(), before.archived());
            vocabulary.requireKnown(ctx, VocabularyKind.HOUSEHOLD_CATEGORY, after.categories());
            households.update(ctx, after);
            auditor.record(ctx, AuditEntry.Action.UPDATE, ENTITY, id, describe(after));
            return after;
        });
    }

    public void archive(long id) {
        setArchived(id, true);
    }

    public void restore(long id) {
        setArchived(id, false);
    }

    /** The household's phone in clear (null when none); the audit log records who saw whose. */
    public String revealPhone(long id) {
        return database.inTransaction(ctx -> {
            Household household = require(ctx, id);
            auditor.record(ctx, AuditEntry.Action.REVEAL, ENTITY, id, describe(household) + " field=phone");
            return household.phone();
        });
    }

    /** Records that a list was shown or exported unmasked (e.g. {@code households list --unmask}). */
    public void recordListRevealed(Long communityId, int count, String how) {
        database.inTransactionDo(ctx -> auditor.record(ctx, AuditEntry.Action.REVEAL, ENTITY, null,
                "list unmasked: " + how + " community=" + (communityId == null ? "*" : communityName(ctx, communityId)) + " count=" + count));
    }

    /** A household's visits, latest first. */
    public List<Visit> visits(long householdId) {
        return database.read(ctx -> visits.listByHousehold(ctx, householdId));
    }

    /**
     * Records a visit; every visitor (an unarchived member of the household's community) earns a VISIT passbook
     * entry, all in one transaction.
     */
    public Visit addVisit(VisitDraft draft) {
        draft.check(LocalDate.now());
        return database.inTransaction(ctx -> {
            Household household = require(ctx, draft.householdId());
            if (household.archived()) {
                throw new ServiceException("visit.error.householdArchived", household.headName());
            }
            List<Visit.Visitor> visitors = new ArrayList<>();
            for (long memberId : draft.memberIds()) {
                Member member = members.findById(ctx, memberId)
                        .orElseThrow(() -> new ServiceException("member.error.notFound", memberId));
                if (member.archived()) {
                    throw new ServiceException("visit.error.memberArchived", member.name());
                }
                if (member.communityId() != household.communityId()) {
                    throw new ServiceException("visit.error.memberElsewhere", member.name(), communityName(ctx, member.communityId()));
                }
                visitors.add(new Visit.Visitor(memberId, member.name()));
            }
            long visitId = visits.insert(ctx, draft);
            String what = household.headName() + (household.address().isEmpty() ? "" : " " + household.address());
            for (Visit.Visitor visitor : visitors) {
                pointsLedger.record(ctx, ServiceRecordDraft.byRule(household.communityId(), visitor.memberId(), draft.date(),
                        ServiceKind.VISIT, what, null, ServiceRecordDraft.Links.visit(visitId)));
            }
            auditor.record(ctx, AuditEntry.Action.CREATE, "visit", visitId,
                    describe(household) + " date=" + draft.date() + " visitors=" + visitors.size());
            return new Visit(visitId, household.id(), draft.pairingId(), draft.date(),
                    Texts.clean(draft.note()), visitors);
        });
    }

    /** The visit interval of every household category (settings over the defaults). */
    public VisitIntervals visitIntervals() {
        return settingsService.visitIntervals();
    }

    /** Sets a category's visit interval in days, or (null) goes back to the default. */
    public void setVisitInterval(String category, Integer days) {
        if (days != null) {
            VisitIntervals.parseDays(String.valueOf(days)); // refuses 0, negatives and absurd spans
        }
        database.inTransactionDo(ctx -> {
            vocabulary.requireKnown(ctx, VocabularyKind.HOUSEHOLD_CATEGORY, List.of(category));
            String key = VisitIntervals.key(category);
            if (days == null) {
                settings.delete(ctx, key);
            } else {
                settings.put(ctx, key, String.valueOf(days));
            }
            auditor.record(ctx, AuditEntry.Action.UPDATE, "setting", null, key + "=" + (days == null ? "(default)" : days));
        });
    }

    private void setArchived(long id, boolean archived) {
        database.inTransactionDo(ctx -> {
            Household household = require(ctx, id);
            if (household.archived() != archived) {
                households.setArchived(ctx, id, archived);
                auditor.record(ctx, archived ? AuditEntry.Action.ARCHIVE : AuditEntry.Action.RESTORE, ENTITY, id, describe(household));
            }
        });
    }

    private Household require(DSLContext ctx, long id) {
        return households.findById(ctx, id).orElseThrow(() -> new ServiceException("household.error.notFound", id));
    }

    private String communityName(DSLContext ctx, long communityId) {
        return communities.findById(ctx, communityId).map(Community::name).orElse(String.valueOf(communityId));
    }

    /** For the audit log: the head of household only (no phone, no address). */
    private static String describe(Household h) {
        return "head=" + h.headName();
    }
}
