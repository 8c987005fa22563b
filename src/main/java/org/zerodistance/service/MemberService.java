package org.zerodistance.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.IdNumber;
import org.zerodistance.domain.Member;
import org.zerodistance.domain.MemberDraft;
import org.zerodistance.domain.MemberStatus;
import org.zerodistance.domain.MemberSummary;
import org.zerodistance.domain.VocabularyKind;
import org.zerodistance.persistence.CommunityRepository;
import org.zerodistance.persistence.Database;
import org.zerodistance.persistence.MemberRepository;

/**
 * The member registry: an ID number is registered once in the whole database; deleting archives; moving to
 * another community keeps the member's records (they keep their own community). ID numbers and phones in clear
 * leave this service only through the reveal methods, which write an audit entry (never the value itself).
 */
public final class MemberService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MemberService.class);
    static final String ENTITY = "member";

    private final Database database;
    private final Auditor auditor;
    private final VocabularyService vocabulary;
    private final MemberRepository members = new MemberRepository();
    private final CommunityRepository communities = new CommunityRepository();

    public MemberService(Database database, Auditor auditor, VocabularyService vocabulary) {
        this.database = database;
        this.auditor = auditor;
        this.vocabulary = vocabulary;
    }

    /** All list rows of one community (null: every community), ordered by name. */
    public List<MemberSummary> list(Long communityId, boolean includeArchived) {
        return database.read(ctx -> members.listSummaries(ctx, communityId, includeArchived, 0));
    }

    /** The first {@code limit} list rows by name: what a screen shows while the rest loads. */
    public List<MemberSummary> firstRows(Long communityId, boolean includeArchived, int limit) {
        return database.read(ctx -> members.listSummaries(ctx, communityId, includeArchived, Math.max(1, limit)));
    }

    /** The whole member, notes included. */
    public Member get(long id) {
        return database.read(ctx -> require(ctx, id));
    }

    public MemberSummary summary(long id) {
        return database.read(ctx -> members.findSummary(ctx, id))
                .orElseThrow(() -> new ServiceException("member.error.notFound", id));
    }

    /** The member registered with this ID number (typed in any form), in any community. */
    public Optional<MemberSummary> findByIdNumber(String rawIdNumber) {
        String id = IdNumber.normalize(rawIdNumber);
        return database.read(ctx -> members.findByIdNumber(ctx, id).flatMap(m -> members.findSummary(ctx, m.id())));
    }

    /**
     * Registers a member in {@code communityId}. An ID number already registered is refused with a
     * {@link MemberConflictException} saying where, and whether to edit, restore or transfer.
     */
    public Member add(long communityId, MemberDraft draft) {
        return database.inTransaction(ctx -> {
            Community community = requireCommunity(ctx, communityId);
            Member member = draft.toMember(0, communityId, false, LocalDate.now());
            vocabulary.requireKnown(ctx, VocabularyKind.SKILL, member.skills());
            Optional<Member> existing = members.findByIdNumber(ctx, member.idNumber());
            if (existing.isPresent()) {
                throw conflict(ctx, existing.get(), communityId);
            }
            long id = guardIdNumber(() -> members.insert(ctx, member));
            auditor.record(ctx, AuditEntry.Action.CREATE, ENTITY, id, describe(member) + " community=" + community.name());
            return member.withId(id);
        });
    }

    /** Saves the edited fields of a member (its community does not change here: see {@link #transfer}). */
    public Member update(long id, MemberDraft draft) {
        return database.inTransaction(ctx -> {
            Member before = require(ctx, id);
            Member after = draft.toMember(id, before.communityId(), before.archived(), LocalDate.now());
            vocabulary.requireKnown(ctx, VocabularyKind.SKILL, after.skills());
            if (!after.idNumber().equals(before.idNumber())) {
                Optional<Member> other = members.findByIdNumber(ctx, after.idNumber());
                if (other.isPresent()) {
                    Member taken = other.get();
                    throw new MemberConflictException("member.error.idTaken", taken.id(), communityName(ctx, taken.communityId()),
                            MemberConflictException.Remedy.EDIT, IdNumber.mask(after.idNumber()),
                            communityName(ctx, taken.communityId()), taken.name());
                }
            }
            List<String> changed = changedFields(before, after);
            if (!changed.isEmpty()) {
                guardIdNumber(() -> {
                    members.update(ctx, after);
                    return null;
                });
                auditor.record(ctx, AuditEntry.Action.UPDATE, ENTITY, id, describe(after) + " changed=" + String.join(",", changed));
            }
            return after;
        });
    }

    /**
     * Moves a member to another community: the member row moves, their records stay where they happened. With
     * {@code latest} (the form the clerk filled in when registering them here) the member's fields are updated too.
     * The member becomes active and unarchived in the new community.
     */
    public Member transfer(long memberId, long toCommunityId, MemberDraft latest) {
        return database.inTransaction(ctx -> {
            Member before = require(ctx, memberId);
            Community to = requireCommunity(ctx, toCommunityId);
            if (before.communityId() == toCommunityId && !before.archived()) {
                throw new ServiceException("member.error.alreadyHere", before.name(), to.name());
            }
            Member after;
            if (latest == null) {
                after = new Member(memberId, toCommunityId, before.name(), before.idNumber(), before.gender(), before.birthDate(),
                        before.phone(), before.workUnit(), before.partyBranch(), before.skills(), before.registrationDate(),
                        MemberStatus.ACTIVE, null, before.notes(), false);
            } else {
                Member typed = latest.toMember(memberId, toCommunityId, false, LocalDate.now());
                if (!typed.idNumber().equals(before.idNumber())) {
                    throw new ServiceException("member.error.transferOtherId");
                }
                vocabulary.requireKnown(ctx, VocabularyKind.SKILL, typed.skills());
                after = typed;
            }
            members.update(ctx, after);
            auditor.record(ctx, AuditEntry.Action.TRANSFER, ENTITY, memberId,
                    describe(after) + " from=" + communityName(ctx, before.communityId()) + " to=" + to.name());
            return after;
        });
    }

    /** Archives (the clerk's "delete"): hidden by default, records kept, can be restored. */
    public void archive(long id) {
        setArchived(id, true);
    }

    public void restore(long id) {
        setArchived(id, false);
    }

    /**
     * Restores an archived member with the fields the clerk just typed (they tried to register the same person again).
     */
    public Member restoreWith(long id, MemberDraft latest) {
        return database.inTransaction(ctx -> {
            Member before = require(ctx, id);
            if (!before.archived()) {
                throw new ServiceException("member.error.notArchived", before.name());
            }
            Member after = latest.toMember(id, before.communityId(), false, LocalDate.now());
            if (!after.idNumber().equals(before.idNumber())) {
                throw new ServiceException("member.error.transferOtherId");
            }
            vocabulary.requireKnown(ctx, VocabularyKind.SKILL, after.skills());
            members.update(ctx, after);
            auditor.record(ctx, AuditEntry.Action.RESTORE, ENTITY, id, describe(after));
            return after;
        });
    }

    /** The full ID number of one member, for a clerk who asked to see it; the audit log records who saw whose. */
    public String revealIdNumber(long id) {
        return reveal(id, "idNumber").idNumber();
    }

    /** The full phone of one member (null when none), audited like {@link #revealIdNumber}. */
    public String revealPhone(long id) {
        return reveal(id, "phone").phone();
    }

    /** Records that a list was shown or exported unmasked (e.g. {@code members list --unmask}). */
    public void recordListRevealed(Long communityId, int count, String how) {
        database.inTransactionDo(ctx -> auditor.record(ctx, AuditEntry.Action.REVEAL, ENTITY, null,
                "list unmasked: " + how + " community=" + (communityId == null ? "*" : communityName(ctx, communityId)) + " count=" + count));
    }

    private Member reveal(long id, String field) {
        return database.inTransaction(ctx -> {
            Member member = require(ctx, id);
            auditor.record(ctx, AuditEntry.Action.REVEAL, ENTITY, id, "name=" + member.name() + " field=" + field);
            return member;
        });
    }

    private void setArchived(long id, boolean archived) {
        database.inTransactionDo(ctx -> {
            Member member = require(ctx, id);
            if (member.archived() == archived) {
                return;
            }
            members.setArchived(ctx, id, archived);
            auditor.record(ctx, archived ? AuditEntry.Action.ARCHIVE : AuditEntry.Action.RESTORE, ENTITY, id, describe(member));
        });
    }

    /**
     * Runs a write that the unique index on ID numbers may refuse (two registrations of one person at the same moment;
     * the checks above see neither). The database's message holds the number in clear, so it is neither shown nor logged.
     */
    private static <T> T guardIdNumber(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (org.jooq.exception.IntegrityConstraintViolationException e) {
            LOG.warn("A member write was refused by a database constraint (details left out: they may hold an ID number)");
            throw new ServiceException("member.error.registeredMeanwhile");
        }
    }

    private MemberConflictException conflict(DSLContext ctx, Member existing, long wantedCommunityId) {
        String where = communityName(ctx, existing.communityId());
        String masked = IdNumber.mask(existing.idNumber());
        if (existing.communityId() != wantedCommunityId) {
            return new MemberConflictException("member.error.registeredElsewhere", existing.id(), where,
                    MemberConflictException.Remedy.TRANSFER, masked, where, existing.name());
        }
        if (existing.archived()) {
            return new MemberConflictException("member.error.registeredArchived", existing.id(), where,
                    MemberConflictException.Remedy.RESTORE, masked, existing.name());
        }
        return new MemberConflictException("member.error.registeredHere", existing.id(), where,
                MemberConflictException.Remedy.EDIT, masked, existing.name());
    }

    private Member require(DSLContext ctx, long id) {
        return members.findById(ctx, id).orElseThrow(() -> new ServiceException("member.error.notFound", id));
    }

    private Community requireCommunity(DSLContext ctx, long id) {
        return communities.findById(ctx, id).orElseThrow(() -> new ServiceException("community.error.notFound", String.valueOf(id)));
    }

    private String communityName(DSLContext ctx, long communityId) {
        return communities.findById(ctx, communityId).map(Community::name).orElse(String.valueOf(communityId));
    }

    /** An audit description: the name and the masked ID number, never the number in clear. */
    private static String describe(Member m) {
        return "name=" + m.name() + " id=" + m.maskedIdNumber();
    }

    /** Names of the fields that differ (values are not listed: some are private). */
    private static List<String> changedFields(Member a, Member b) {
        List<String> changed = new ArrayList<>();
        field(changed, "name", a.name(), b.name());
        field(changed, "idNumber", a.idNumber(), b.idNumber());
        field(changed, "phone", a.phone(), b.phone());
        field(changed, "workUnit", a.workUnit(), b.workUnit());
        field(changed, "partyBranch", a.partyBranch(), b.partyBranch());
        field(changed, "skills", new java.util.HashSet<>(a.skills()), new java.util.HashSet<>(b.skills()));
        field(changed, "registrationDate", a.registrationDate(), b.registrationDate());
        field(changed, "status", a.status(), b.status());
        field(changed, "statusDate", a.statusDate(), b.statusDate());
        field(changed, "notes", a.notes(), b.notes());
        return changed;
    }

    private static void field(List<String> changed, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(name);
        }
    }
}
