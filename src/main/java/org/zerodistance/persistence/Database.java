package org.zerodistance.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database: opened, migrated by Flyway, and the only way to run work in a transaction.
 * Every write goes through {@link #inTransaction}: with auto-commit, H2 keeps a row whose insert failed a foreign key.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final String FILE_NAME = "zero-distance";

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final String url;

    private Database(String url) {
        this.url = url;
        this.pool = JdbcConnectionPool.create(url, "sa", "");
        this.pool.setMaxConnections(8);
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
    }

    /** Opens (creating if needed) the database file in {@code dbFolder} and migrates it to the current schema. */
    public static Database open(Path dbFolder) {
        Path file = dbFolder.resolve(FILE_NAME).toAbsolutePath();
        return openUrl("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    /** Opens a private in-memory database (tests, dry runs). */
    public static Database inMemory(String name) {
        return openUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    }

    private static Database openUrl(String url) {
        Database database = new Database(url);
        try {
            database.migrate();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    private void migrate() {
        var result = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Database migrated to version {} ({} migrations)", result.targetSchemaVersion, result.migrationsExecuted);
        }
    }

    /** Runs {@code work} in one transaction and returns its result; any exception rolls everything back. */
    public <T> T inTransaction(Function<DSLContext, T> work) {
        return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
    }

    /** Runs {@code work} in one transaction; any exception rolls everything back. */
    public void inTransactionDo(Consumer<DSLContext> work) {
        dsl.transaction(configuration -> work.accept(configuration.dsl()));
    }

    /** Read-only work that needs no transaction of its own. */
    public <T> T read(Function<DSLContext, T> work) {
        return work.apply(dsl);
    }

    public DataSource dataSource() {
        return pool;
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        // SHUTDOWN closes its own connection, so run it on a plain JDBC statement whose result is not read back.
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.DATABASE_IS_CLOSED) {
                LOG.warn("Database shutdown reported a problem", e);
            }
        } finally {
            pool.dispose();
        }
    }
}
