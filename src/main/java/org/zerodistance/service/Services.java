package org.zerodistance.service;

import org.zerodistance.persistence.Database;

/** All use cases over one open database, built once by the composition root. */
public final class Services {

    private final Database database;
    private final SettingsService settings;
    private final Auditor auditor;
    private final CommunityService communities;

    public Services(Database database) {
        this.database = database;
        this.settings = new SettingsService(database);
        this.auditor = new Auditor(settings);
        this.communities = new CommunityService(database, auditor);
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
}
