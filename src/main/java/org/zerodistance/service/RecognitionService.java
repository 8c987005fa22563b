package org.zerodistance.service;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.domain.Award;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.FollowUp;
import org.zerodistance.domain.MemberName;
import org.zerodistance.domain.Quarter;
import org.zerodistance.domain.QuarterRanking;
import org.zerodistance.domain.RankingRow;
import org.zerodistance.persistence.AwardRepository;
import org.zerodistance.persistence.CommunityRepository;
import org.zerodistance.persistence.Database;
import org.zerodistance.persistence.MemberNameRepository;
import org.zerodistance.persistence.PassbookRepository;
import org.zerodistance.persistence.SettingRepository;

/**
 * Recognition (表彰): each quarter's ranking by points earned, the awards the clerk records, and the members who
 * served too seldom in the year to be followed up. N and M are settings.
 */
public final class RecognitionService {

    public static final String TOP_N = "recognition.topN";
    public static final String MIN_SERVICES = "recognition.minServices";
    public static final int DEFAULT_TOP_N = 10;
    public static final int DEFAULT_MIN_SERVICES = 2;
    public static final int MAX_TOP_N = 1000;
    public static final int MAX_MIN_SERVICES = 366;

    private final Database database;
    private final Auditor auditor;
    private final PassbookRepository passbook = new PassbookRepository();
    private final AwardRepository awards = new AwardRepository();
    private final CommunityRepository communities = new CommunityRepository();
    private final MemberNameRepository members = new MemberNameRepository();
    private final SettingRepository settings = new SettingRepository();

    public RecognitionService(Database database, Auditor auditor) {
        this.database = database;
        this.auditor = auditor;
    }

    /** How many of the ranking are highlighted (default 10). */
    public int topN() {
        return database.read(ctx -> intSetting(ctx, TOP_N, DEFAULT_TOP_N));
    }

    /** Members with fewer services than this in a year are listed for follow-up (default 2). */
    public int minServices() {
        return database.read(ctx -> intSetting(ctx, MIN_SERVICES, DEFAULT_MIN_SERVICES));
    }

    /** Saves N and M together. */
    public void saveSettings(int topN, int minServices) {
        if (topN < 1 || topN > MAX_TOP_N) {
            throw new ServiceException("recognition.error.topN", MAX_TOP_N);
        }
        if (minServices < 0 || minServices > MAX_MIN_SERVICES) {
            throw new ServiceException("recognition.error.minServices", MAX_MIN_SERVICES);
        }
        database.inTransactionDo(ctx -> {
            int oldTop = intSetting(ctx, TOP_N, DEFAULT_TOP_N);
            int oldMin = intSetting(ctx, MIN_SERVICES, DEFAULT_MIN_SERVICES);
            if (oldTop != topN || oldMin != minServices) {
                settings.put(ctx, TOP_N, Integer.toString(topN));
                settings.put(ctx, MIN_SERVICES, Integer.toString(minServices));
                auditor.record(ctx, AuditEntry.Action.UPDATE, "setting", null, TOP_N + ": " + oldTop + " -> " + topN + ", "
                        + MIN_SERVICES + ": " + oldMin + " -> " + minServices);
            }
        });
    }

    /**
     * The community's members ranked by points earned in the quarter (ties: more fulfilled wishes, then name);
     * the first N are marked. Only members with passbook entries in the quarter are ranked.
     */
    public QuarterRanking ranking(long communityId, Quarter quarter) {
        return database.read(ctx -> {
            Community community = requireCommunity(ctx, communityId);
            int topN = intSetting(ctx, TOP_N, DEFAULT_TOP_N);
            List<RankingRow.Score> scores = passbook.scores(ctx, communityId, quarter.firstDay(), quarter.lastDay());
            return new QuarterRanking(communityId, community.name(), quarter, topN, RankingRow.rank(scores, topN));
        });
    }

    /** Active members of the community with fewer than M services (not reversed) in {@code year}, fewest first. */
    public List<FollowUp> followUps(long communityId, int year) {
        return database.read(ctx -> {
            requireCommunity(ctx, communityId);
            int min = intSetting(ctx, MIN_SERVICES, DEFAULT_MIN_SERVICES);
            return passbook.serviceCounts(ctx, communityId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                    .filter(f -> f.services() < min).toList();
        });
    }

    /** Records an award for a member in a quarter. */
    public Award recordAward(long memberId, Quarter quarter, String rawTitle) {
        if (quarter == null) {
            throw new ServiceException("award.error.quarterRequired");
        }
        String title = Award.validTitle(rawTitle);
        return database.inTransaction(ctx -> {
            MemberName member = members.find(ctx, memberId)
                    .orElseThrow(() -> new ServiceException("award.error.memberNotFound", "#" + memberId));
            long id = awards.insert(ctx, memberId, quarter, title);
            auditor.record(ctx, AuditEntry.Action.CREATE, "award", id, member.name() + ", " + quarter + ": " + title);
            return awards.find(ctx, id).orElseThrow();
        });
    }

    /** Removes an award recorded by mistake (the audit log keeps what it was). */
    public void removeAward(long awardId) {
        database.inTransactionDo(ctx -> {
            Award award = awards.find(ctx, awardId)
                    .orElseThrow(() -> new ServiceException("award.error.notFound", "#" + awardId));
            awards.delete(ctx, awardId);
            auditor.record(ctx, AuditEntry.Action.DELETE, "award", awardId, award.member().name() + ", " + award.quarter() + ": "
                    + award.title());
        });
    }

    /** A member's awards, latest quarter first: for the member's page. */
    public List<Award> awardsOf(long memberId) {
        return database.read(ctx -> awards.ofMember(ctx, memberId));
    }

    /** The awards of a community's members in a quarter: for the quarterly report. */
    public List<Award> awardsIn(long communityId, Quarter quarter) {
        return database.read(ctx -> awards.inQuarter(ctx, communityId, quarter));
    }

    private int intSetting(DSLContext ctx, String key, int fallback) {
        return settings.get(ctx, key).map(String::strip).filter(s -> s.matches("\\d{1,9}")).map(Integer::parseInt).orElse(fallback);
    }

    private Community requireCommunity(DSLContext ctx, long id) {
        return communities.findById(ctx, id).orElseThrow(() -> new ServiceException("community.error.notFound", "#" + id));
    }
}
