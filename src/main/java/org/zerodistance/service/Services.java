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
    private final WishService wishes;
    private final AuditService audit;

    public Services(Database database) {
        this.database = database;
        this.settings = new SettingsService(database);
        this.auditor = new Auditor(settings);
        this.communities = new CommunityService(database, auditor);
        this.pointsLedger = new PointsLedger(auditor);
        this.fundLedger = new FundLedger(auditor);
        this.wishes = new WishService(database, auditor, pointsLedger, fundLedger, settings, java.time.Clock.systemDefaultZone());
        this.audit = new AuditService(database, java.time.ZoneId.systemDefault());
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

    /** Reading and exporting the audit log (writing it is {@link #auditor()}'s job). */
    public AuditService audit() {
        return audit;
    }
}
