package org.zerodistance.service;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.domain.CommitmentLetter;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.Hours;
import org.zerodistance.domain.Member;
import org.zerodistance.domain.MemberName;
import org.zerodistance.domain.PostClaim;
import org.zerodistance.domain.PostDraft;
import org.zerodistance.domain.PostDuty;
import org.zerodistance.domain.ServiceKind;
import org.zerodistance.domain.ServicePost;
import org.zerodistance.domain.ServiceRecordDraft;
import org.zerodistance.domain.Texts;
import org.zerodistance.domain.Wording;
import org.zerodistance.persistence.CommunityRepository;
import org.zerodistance.persistence.Database;
import org.zerodistance.persistence.MemberNameRepository;
import org.zerodistance.persistence.MemberRepository;
import org.zerodistance.persistence.ServicePostRepository;
import org.zerodistance.spreadsheet.CommitmentLetterDocument;

/**
 * Service posts (设岗定责): setting posts up, members claiming them and signing a commitment letter, and duty
 * records that earn points (kind POST_DUTY, linked to the claim).
 */
public final class PostService {

    private static final Logger LOG = LoggerFactory.getLogger(PostService.class);
    private static final String ENTITY = "service_post";
    private static final String CLAIM = "post_claim";
    /** How many numbered commitments the letter carries ({@code letter.commitment.1} …). */
    static final int COMMITMENTS = 5;

    private final Database database;
    private final Auditor auditor;
    private final PointsLedger ledger;
    private final ServicePostRepository posts = new ServicePostRepository();
    private final MemberNameRepository memberNames = new MemberNameRepository();
    private final MemberRepository members = new MemberRepository();
    private final CommunityRepository communities = new CommunityRepository();

    public PostService(Database database, Auditor auditor, PointsLedger ledger) {
        this.database = database;
        this.auditor = auditor;
        this.ledger = ledger;
    }

    /** A community's posts (all communities when null). */
    public List<ServicePost> list(Long communityId, boolean includeArchived) {
        return database.read(ctx -> posts.listByCommunity(ctx, communityId, includeArchived));
    }

    public ServicePost get(long id) {
        return database.read(ctx -> require(ctx, id));
    }

    public ServicePost create(PostDraft draft) {
        return database.inTransaction(ctx -> {
            Community community = communities.findById(ctx, draft.communityId())
                    .orElseThrow(() -> new ServiceException("community.error.notFound", String.valueOf(draft.communityId())));
            if (community.archived()) {
                throw new ServiceException("post.error.communityArchived", community.name());
            }
            requireFreeName(ctx, draft);
            long id = posts.insert(ctx, draft);
            auditor.record(ctx, AuditEntry.Action.CREATE, ENTITY, id, "name=" + draft.name() + ", category=" + draft.category()
                    + ", people=" + draft.peopleNeeded());
            return require(ctx, id);
        });
    }

    /** Changes a post; it cannot need fewer people than hold it now. */
    public ServicePost update(long id, PostDraft draft) {
        return database.inTransaction(ctx -> {
            ServicePost before = require(ctx, id);
            if (before.communityId() != draft.communityId()) {
                throw new ServiceException("post.error.otherCommunity", before.name());
            }
            if (!before.name().equals(draft.name())) {
                requireFreeName(ctx, draft);
            }
            if (draft.peopleNeeded() < before.holders()) {
                throw new ServiceException("post.error.fewerThanHolders", before.name(), before.holders());
            }
            posts.update(ctx, id, draft);
            auditor.record(ctx, AuditEntry.Action.UPDATE, ENTITY, id, "name=" + draft.name() + ", category=" + draft.category()
                    + ", people=" + draft.peopleNeeded());
            return require(ctx, id);
        });
    }

    /** Archives a post nobody holds any more (its claims and duties stay). */
    public ServicePost archive(long id) {
        return database.inTransaction(ctx -> {
            ServicePost post = require(ctx, id);
            if (post.holders() > 0) {
                throw new ServiceException("post.error.archiveHeld", post.name(), post.holders());
            }
            if (!post.archived()) {
                posts.setArchived(ctx, id, true);
                auditor.record(ctx, AuditEntry.Action.ARCHIVE, ENTITY, id, "name=" + post.name());
            }
            return require(ctx, id);
        });
    }

    public ServicePost restore(long id) {
        return database.inTransaction(ctx -> {
            ServicePost post = require(ctx, id);
            if (post.archived()) {
                posts.setArchived(ctx, id, false);
                auditor.record(ctx, AuditEntry.Action.RESTORE, ENTITY, id, "name=" + post.name());
            }
            return require(ctx, id);
        });
    }

    /** A post's claims, current holders first. */
    public List<PostClaim> claims(long postId) {
        return database.read(ctx -> posts.claimsOfPost(ctx, postId));
    }

    /** The posts a member holds or held. */
    public List<PostClaim> claimsOfMember(long memberId) {
        return database.read(ctx -> posts.claimsOfMember(ctx, memberId));
    }

    /** A member of the post's community claims it on {@code date}; refused when the post is full or already theirs. */
    public PostClaim claim(long postId, long memberId, LocalDate date) {
        if (date == null) {
            throw new ServiceException("claim.error.dateRequired");
        }
        return database.inTransaction(ctx -> {
            ServicePost post = require(ctx, postId);
            if (post.archived()) {
                throw new ServiceException("claim.error.postArchived", post.name());
            }
            MemberName member = memberNames.find(ctx, memberId)
                    .orElseThrow(() -> new ServiceException("claim.error.memberNotFound", "#" + memberId));
            Long community = memberNames.communitiesOfActive(ctx, List.of(memberId)).get(memberId);
            if (community == null || community != post.communityId()) {
                throw new ServiceException("claim.error.memberNotInCommunity", member.name(), post.communityName());
            }
            if (date.isAfter(LocalDate.now())) {
                throw new ServiceException("claim.error.futureDate", date);
            }
            boolean holds = posts.claimsOfPost(ctx, postId).stream().anyMatch(c -> c.active() && c.member().id() == memberId);
            if (holds) {
                throw new ServiceException("claim.error.alreadyHeld", member.name(), post.name());
            }
            if (post.openPlaces() == 0) {
                throw new ServiceException("claim.error.full", post.name(), post.peopleNeeded());
            }
            long id = posts.insertClaim(ctx, postId, memberId, date);
            auditor.record(ctx, AuditEntry.Action.CREATE, CLAIM, id, member.name() + " claims " + post.name() + " on " + date);
            return requireClaim(ctx, id);
        });
    }

    /** Records the day the member signed the commitment letter (a later call corrects it). */
    public PostClaim recordCommitment(long claimId, LocalDate date) {
        if (date == null) {
            throw new ServiceException("claim.error.commitmentDateRequired");
        }
        return database.inTransaction(ctx -> {
            PostClaim claim = requireClaim(ctx, claimId);
            if (date.isBefore(claim.claimedDate()) || date.isAfter(LocalDate.now())) {
                throw new ServiceException("claim.error.commitmentDate", date, claim.claimedDate());
            }
            posts.setCommitmentDate(ctx, claimId, date);
            auditor.record(ctx, AuditEntry.Action.UPDATE, CLAIM, claimId, claim.member().name() + " signed the commitment for "
                    + claim.postName() + " on " + date);
            return requireClaim(ctx, claimId);
        });
    }

    /** The member leaves the post on {@code date}; the place opens again. */
    public PostClaim endClaim(long claimId, LocalDate date) {
        if (date == null) {
            throw new ServiceException("claim.error.endDateRequired");
        }
        return database.inTransaction(ctx -> {
            PostClaim claim = requireClaim(ctx, claimId);
            if (!claim.active()) {
                throw new ServiceException("claim.error.alreadyEnded", claim.member().name(), claim.postName());
            }
            if (date.isBefore(claim.claimedDate()) || date.isAfter(LocalDate.now())) {
                throw new ServiceException("claim.error.endDate", date, claim.claimedDate());
            }
            posts.setEndedDate(ctx, claimId, date);
            auditor.record(ctx, AuditEntry.Action.UPDATE, CLAIM, claimId, claim.member().name() + " left " + claim.postName()
                    + " on " + date);
            return requireClaim(ctx, claimId);
        });
    }

    /** Records a duty done on a held post; the member earns points by the POST_DUTY rule in the same transaction. */
    public PostDuty recordDuty(long claimId, LocalDate date, BigDecimal hours, String note) {
        if (date == null) {
            throw new ServiceException("duty.error.dateRequired");
        }
        BigDecimal checkedHours = Hours.check(hours);
        String checkedNote = Texts.optional(note, 500, "duty.error.noteTooLong");
        return database.inTransaction(ctx -> {
            PostClaim claim = requireClaim(ctx, claimId);
            if (date.isBefore(claim.claimedDate()) || (claim.endedDate() != null && date.isAfter(claim.endedDate()))) {
                throw new ServiceException("duty.error.outsideClaim", date, claim.member().name(), claim.postName());
            }
            if (date.isAfter(LocalDate.now())) {
                throw new ServiceException("duty.error.futureDate", date);
            }
            ServicePost post = require(ctx, claim.postId());
            String description = checkedNote == null ? post.name() : post.name() + " · " + checkedNote;
            long entryId = ledger.record(ctx, ServiceRecordDraft.byRule(post.communityId(), claim.member().id(), date,
                    ServiceKind.POST_DUTY, description, checkedHours, ServiceRecordDraft.Links.postClaim(claimId)));
            auditor.record(ctx, AuditEntry.Action.CREATE, "service_record", entryId, "post duty " + post.name() + ", "
                    + claim.member().name() + ", " + date + ", " + checkedHours.toPlainString() + " h");
            return posts.duties(ctx, claimId).stream().filter(d -> d.entryId() == entryId).findFirst().orElseThrow();
        });
    }

    /** The duties done on a claim, latest first. */
    public List<PostDuty> duties(long claimId) {
        return database.read(ctx -> posts.duties(ctx, claimId));
    }

    /** The words of the claim's commitment letter, from the member's and the post's details. */
    public CommitmentLetter commitmentLetter(long claimId, Wording wording) {
        return database.read(ctx -> compose(ctx, requireClaim(ctx, claimId), wording));
    }

    /** Writes the claim's commitment letter as a Word document to {@code target}, ready to print and sign. */
    public Path writeCommitmentLetter(long claimId, Wording wording, Path target) {
        CommitmentLetter letter = commitmentLetter(claimId, wording);
        try {
            CommitmentLetterDocument.write(letter, target);
        } catch (IOException e) {
            LOG.warn("Could not write the commitment letter of claim {} to {}", claimId, target, e);
            throw new ServiceException("letter.error.write", target);
        }
        return target;
    }

    /** A file name for the claim's letter: {@code 承诺书-张伟-文明劝导岗.docx}, without characters file systems refuse. */
    public static String letterFileName(PostClaim claim, Wording wording) {
        return safeFileName(wording.get("letter.fileName", claim.member().name(), claim.postName())) + ".docx";
    }

    /** {@code name} with the characters Windows and other systems refuse in file names replaced by {@code _}. */
    static String safeFileName(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
    }

    private CommitmentLetter compose(DSLContext ctx, PostClaim claim, Wording w) {
        ServicePost post = require(ctx, claim.postId());
        Member member = members.findById(ctx, claim.member().id())
                .orElseThrow(() -> new ServiceException("claim.error.memberNotFound", claim.member().name()));
        String none = w.get("letter.notGiven");
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(w.get("letter.opening", member.name(), blankTo(member.workUnit(), none), blankTo(member.partyBranch(), none),
                post.communityName(), post.name(), post.category(), chineseDate(w, claim.claimedDate())));
        if (post.description() != null) {
            paragraphs.add(w.get("letter.duties", post.description()));
        }
        List<String> commitments = new ArrayList<>();
        for (int i = 1; i <= COMMITMENTS; i++) {
            commitments.add(w.get("letter.commitment." + i));
        }
        return new CommitmentLetter(w.get("letter.title"), paragraphs, w.get("letter.commitmentsIntro"), commitments,
                w.get("letter.closing"), w.get("letter.signature"), w.get("letter.date"),
                w.get("letter.footer", post.communityName()));
    }

    private static String chineseDate(Wording w, LocalDate date) {
        return w.get("letter.dateFormat", String.valueOf(date.getYear()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getDayOfMonth()));
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** The post with this name in the community, or a refusal naming it. */
    public ServicePost byName(long communityId, String name) {
        String wanted = name == null ? "" : name.strip();
        return database.read(ctx -> posts.findByName(ctx, communityId, wanted))
                .orElseThrow(() -> new ServiceException("post.error.notFound", wanted));
    }

    /** Members who may claim a post: the community's members not archived. */
    public List<MemberName> memberChoices(Long communityId) {
        return database.read(ctx -> memberNames.list(ctx, communityId));
    }

    private void requireFreeName(DSLContext ctx, PostDraft draft) {
        if (posts.findByName(ctx, draft.communityId(), draft.name()).isPresent()) {
            throw new ServiceException("post.error.duplicate", draft.name());
        }
    }

    private ServicePost require(DSLContext ctx, long id) {
        return posts.findById(ctx, id).orElseThrow(() -> new ServiceException("post.error.notFound", "#" + id));
    }

    private PostClaim requireClaim(DSLContext ctx, long id) {
        return posts.findClaim(ctx, id).orElseThrow(() -> new ServiceException("claim.error.notFound", "#" + id));
    }
}
