package org.zerodistance.service;

import java.time.Clock;
import org.zerodistance.persistence.Database;

/** All use cases over one open database, built once by the composition root. */
public final class Services {

    private final Database database;
    private final SettingsService settings;
    private final Auditor auditor;
    private final CommunityService communities;
    private final PointsLedger pointsLedger;
    private final FundLedger fundLedger;
    private final WishService wishes;
    private final TeamService teams;
    private final PostService posts;
    private final PassbookService passbook;
    private final RecognitionService recognition;
    private final AuditService audit;
    private final PairingService pairings;
    private final FundService funds;
    private final ImportService imports;
    private final VocabularyService vocabulary;
    private final MemberService members;
    private final HouseholdService households;
    private final StatsService stats;
    private final DemoDataService demoData;
    private final ReportService reports;
    private final SampleCommunity sampleCommunity;

    public Services(Database database) {
        this(database, Clock.systemDefaultZone());
    }

    /** Services whose notion of "today" comes from {@code clock} (tests fix it). */
    public Services(Database database, Clock clock) {
        this.database = database;
        this.settings = new SettingsService(database);
        this.auditor = new Auditor(settings);
        this.communities = new CommunityService(database, auditor);
        this.pointsLedger = new PointsLedger(auditor);
        this.fundLedger = new FundLedger(auditor);
        this.wishes = new WishService(database, auditor, pointsLedger, fundLedger, settings, clock);
        this.teams = new TeamService(database, auditor, pointsLedger);
        this.posts = new PostService(database, auditor, pointsLedger);
        this.passbook = new PassbookService(database, auditor, pointsLedger);
        this.recognition = new RecognitionService(database, auditor);
        this.audit = new AuditService(database, java.time.ZoneId.systemDefault());
        this.pairings = new PairingService(database, auditor, pointsLedger, fundLedger, settings, clock);
        this.funds = new FundService(database, auditor, fundLedger, clock);
        this.imports = new ImportService(database, auditor);
        this.vocabulary = new VocabularyService(database, auditor);
        this.members = new MemberService(database, auditor, vocabulary);
        this.households = new HouseholdService(database, auditor, vocabulary, pointsLedger, settings);
        this.stats = new StatsService(database);
        this.demoData = new DemoDataService(database, auditor);
        this.sampleCommunity = new SampleCommunity(database, auditor);
        this.reports = new ReportService(database, stats, recognition, auditor, java.time.Clock.systemDefaultZone());
    }

    public Database database() {
        return database;
    }

    public SettingsService settings() {
        return settings;
    }

    public Auditor auditor() {
        return auditor;
    }

    public CommunityService communities() {
        return communities;
    }

    /** Passbook entries, written inside other services' transactions. */
    public PointsLedger pointsLedger() {
        return pointsLedger;
    }

    /** Funds/materials entries, written inside other services' transactions. */
    public FundLedger fundLedger() {
        return fundLedger;
    }

    /** Micro-wishes: collect, claim, fulfil, cancel, matching. */
    public WishService wishes() {
        return wishes;
    }

    /** Volunteer teams and their activities. */
    public TeamService teams() {
        return teams;
    }

    /** Service posts, claims, commitment letters and duties. */
    public PostService posts() {
        return posts;
    }

    /** Members' passbooks: statements, adjustments, reversals, points rules, export. */
    public PassbookService passbook() {
        return passbook;
    }

    /** Quarterly ranking, awards and follow-up lists. */
    public RecognitionService recognition() {
        return recognition;
    }

    /** Reading and exporting the audit log (writing it is {@link #auditor()}'s job). */
    public AuditService audit() {
        return audit;
    }

    /** Pairings, help records and visits by paired members. */
    public PairingService pairings() {
        return pairings;
    }

    /** The funds and materials ledger: entries, reversals, totals. */
    public FundService funds() {
        return funds;
    }

    /** Importing member lists from spreadsheets. */
    public ImportService imports() {
        return imports;
    }

    /** The editable word lists (skills, household categories, …). */
    public VocabularyService vocabulary() {
        return vocabulary;
    }

    /** The member registry. */
    public MemberService members() {
        return members;
    }

    /** Households in need and their visits. */
    public HouseholdService households() {
        return households;
    }

    /** The summary figures of a quarter: dashboard, {@code stats} and the report's 汇总 sheet. */
    public StatsService stats() {
        return stats;
    }

    /** The quarterly Excel report. */
    public ReportService reports() {
        return reports;
    }

    /** The sample community of the first run (sample-data/sample-community.json), loaded through these services' rules. */
    public SampleCommunity sampleCommunity() {
        return sampleCommunity;
    }

    /** Demo data for demonstrations and benchmarks. */
    public DemoDataService demoData() {
        return demoData;
    }
}
