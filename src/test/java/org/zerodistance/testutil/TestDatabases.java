package org.zerodistance.testutil;

import java.util.UUID;
import org.zerodistance.persistence.Database;
import org.zerodistance.service.Services;

/** A fresh, migrated in-memory H2 database per test. */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static Database fresh() {
        return Database.inMemory("test-" + UUID.randomUUID());
    }

    /** Services over a fresh database, with a known operator name. */
    public static Services freshServices() {
        Services services = new Services(fresh());
        services.settings().setOperator("测试员");
        return services;
    }
}
