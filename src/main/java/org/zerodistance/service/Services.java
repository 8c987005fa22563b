package org.zerodistance.service;

import org.zerodistance.persistence.Database;

/** All use cases over one open database, built once by the composition root. */
public final class Services {

    private final Database database;
    private final SettingsService settings;
    private final Auditor auditor;
    private final CommunityService communities;
    private final PointsLedger pointsLedger;
    private final FundLedger fundLedger;
    private final VocabularyService vocabulary;
    private final MemberService members;
    private final HouseholdService households;

    public Services(Database database) {
        this.database = database;
        this.settings = new SettingsService(database);
        this.auditor = new Auditor(settings);
        this.communities = new CommunityService(database, auditor);
        this.pointsLedger = new PointsLedger(auditor);
        this.fundLedger = new FundLedger(auditor);
        this.vocabulary = new VocabularyService(database, auditor);
        this.members = new MemberService(database, auditor, vocabulary);
        this.households = new HouseholdService(database, auditor, vocabulary, pointsLedger);
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
}
