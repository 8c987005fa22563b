package org.zerodistance.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
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
    /** H2's extension for the MVStore file. */
    public static final String FILE_SUFFIX = ".mv.db";

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final String url;
    private volatile boolean compactOnClose;
    private final AtomicLong changes = new AtomicLong();
    /** The transaction {@link #inOneTransaction} opened on this thread, which the other methods join. */
    private final ThreadLocal<DSLContext> joined = new ThreadLocal<>();

    private Database(String url) {
        this.url = url;
        this.pool = JdbcConnectionPool.create(url, "sa", "");
        this.pool.setMaxConnections(8);
        this.dsl = DSL.using(pool, SQLDialect.H2, settings());
    }

    /** Opens (creating if needed) the database file in {@code dbFolder} and migrates it to the current schema. */
    public static Database open(Path dbFolder) {
        return open(dbFolder, database -> { });
    }

    /**
     * Like {@link #open(Path)}, but when an existing database has migrations to apply, {@code beforeMigrating} gets it
     * first (open, not yet migrated): H2 commits DDL at once, so an upgrade killed half-way needs a copy from before it.
     */
    public static Database open(Path dbFolder, Consumer<Database> beforeMigrating) {
        if (!Files.exists(fileIn(dbFolder))) {
            createAtomically(dbFolder);
        }
        Database database = new Database(fileUrl(dbFolder, FILE_NAME));
        try {
            if (database.flyway().info().pending().length > 0) {
                beforeMigrating.accept(database);
            }
            database.migrate();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** The H2 file of the database kept in {@code dbFolder}. */
    public static Path fileIn(Path dbFolder) {
        return dbFolder.resolve(FILE_NAME + FILE_SUFFIX).toAbsolutePath();
    }

    /**
     * H2's default write delay stays: WRITE_DELAY=0 corrupted the file under the demo generator's bulk writes. Commands
     * report success only after the database is shut down (see Launcher), so a kill cannot lose what they reported.
     */
    private static String fileUrl(Path dbFolder, String name) {
        return "jdbc:h2:file:" + dbFolder.resolve(name).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /**
     * Builds a new database under a temporary name and moves it into place only when fully migrated: H2 commits
     * DDL at once, so a first start killed half-way through the schema would otherwise leave a database Flyway refuses.
     */
    private static void createAtomically(Path dbFolder) {
        String tempName = FILE_NAME + "-new";
        Path temp = dbFolder.resolve(tempName + FILE_SUFFIX);
        try {
            Files.createDirectories(dbFolder);
            Files.deleteIfExists(temp); // left by a first start that was killed
            openUrl(fileUrl(dbFolder, tempName)).close();
            Files.move(temp, fileIn(dbFolder), StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(dbFolder.resolve(tempName + ".trace.db"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the database in " + dbFolder, e);
        }
    }

    /**
     * Checks, without changing it, that {@code dbFolder} holds a Zero Distance database (Flyway history and the
     * programme's tables) and returns its schema version; throws {@link ForeignDatabaseException} when it does not,
     * and {@link DataAccessException} when H2 cannot read it.
     */
    public static String inspect(Path dbFolder) {
        if (!Files.isRegularFile(fileIn(dbFolder))) {
            throw new ForeignDatabaseException("no database file in " + dbFolder);
        }
        String url = "jdbc:h2:file:" + dbFolder.resolve(FILE_NAME).toAbsolutePath() + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            DSLContext ctx = DSL.using(connection, SQLDialect.H2);
            var tables = ctx.select(DSL.upper(DSL.field("TABLE_NAME", String.class)))
                    .from("INFORMATION_SCHEMA.TABLES")
                    .where(DSL.field("TABLE_SCHEMA").eq("PUBLIC"))
                    .fetchSet(0, String.class);
            for (String required : List.of("FLYWAY_SCHEMA_HISTORY", "COMMUNITY", "AUDIT_LOG", "SETTING")) {
                if (!tables.contains(required)) {
                    throw new ForeignDatabaseException("table " + required + " missing");
                }
            }
            String version = ctx.select(DSL.field(DSL.quotedName("version"), String.class))
                    .from(DSL.table(DSL.quotedName("flyway_schema_history")))
                    .where(DSL.field(DSL.quotedName("success"), Boolean.class).isTrue())
                    .and(DSL.field(DSL.quotedName("version")).isNotNull())
                    .orderBy(DSL.field(DSL.quotedName("installed_rank")).desc())
                    .limit(1)
                    .fetchOne(0, String.class);
            if (version == null) {
                throw new ForeignDatabaseException("no successful migration recorded");
            }
            return version;
        } catch (SQLException e) {
            throw new DataAccessException("Could not read the database in " + dbFolder, e);
        }
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

    /** True when the schema has migrations this version does not know: the database was made by a newer version. */
    public boolean isFromNewerVersion() {
        return Arrays.stream(flyway().info().all()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .load();
    }

    private void migrate() {
        var result = flyway().migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Database migrated to version {} ({} migrations)", result.targetSchemaVersion, result.migrationsExecuted);
        }
    }

    /** Runs {@code work} in one transaction and returns its result; any exception rolls everything back. */
    public <T> T inTransaction(Function<DSLContext, T> work) {
        try {
            return current().transactionResult(configuration -> work.apply(configuration.dsl()));
        } finally {
            changes.incrementAndGet();
        }
    }

    /** Runs {@code work} in one transaction; any exception rolls everything back. */
    public void inTransactionDo(Consumer<DSLContext> work) {
        try {
            current().transaction(configuration -> work.accept(configuration.dsl()));
        } finally {
            changes.incrementAndGet();
        }
    }

    /**
     * A number that grows with every write transaction (committed or rolled back) and every hand-out of the raw data
     * source: when it is unchanged, nothing was written, so figures worked out before still hold.
     */
    public long changeCount() {
        return changes.get();
    }

    /** Read-only work that needs no transaction of its own. */
    public <T> T read(Function<DSLContext, T> work) {
        return work.apply(current());
    }

    /**
     * Read-only work that streams large results (the report's detail sheets): all of it on one connection with H2's lazy
     * execution, so a cursor hands rows over as H2 reads them instead of building the whole result first (in memory, or
     * spilled to a temporary file beyond a few ten thousand rows). Measured on a quarter of 262,000 passbook entries:
     * 0.7 s instead of 1.7 s, and no result held in memory. While a cursor is open, run no other query in {@code work}.
     */
    public <T> T readStreaming(Function<DSLContext, T> work) {
        // A connection of its own, outside the pool: a pooled handle takes a lock on each call the result set makes (every
        // column of every row), a few per cent of a report. IFEXISTS: never brings back a database closed meanwhile.
        try (Connection direct = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "")) {
            try (Statement lazy = direct.createStatement()) {
                lazy.execute("SET LAZY_QUERY_EXECUTION TRUE");
            }
            return work.apply(DSL.using(direct, SQLDialect.H2, settings()));
        } catch (SQLException e) {
            throw new DataAccessException("Could not read the database", e);
        }
    }

    private static Settings settings() {
        return new Settings().withExecuteLogging(false);
    }

    /**
     * Runs {@code work}, which calls services that each open their own transaction, as ONE transaction: while it runs,
     * {@link #inTransaction}, {@link #inTransactionDo} and {@link #read} on this thread join it (their transactions
     * become savepoints, their reads see its uncommitted rows), so any exception leaves nothing of the work behind.
     * Other threads see none of it until it commits. Used to load the sample community through the real services.
     */
    public <T> T inOneTransaction(Supplier<T> work) {
        if (joined.get() != null) {
            return work.get();
        }
        try {
            return dsl.transactionResult(configuration -> {
                joined.set(configuration.dsl());
                try {
                    return work.get();
                } finally {
                    joined.remove();
                }
            });
        } finally {
            changes.incrementAndGet();
        }
    }

    /** The transaction this thread joined, or the pool. */
    private DSLContext current() {
        DSLContext outer = joined.get();
        return outer != null ? outer : dsl;
    }

    /**
     * Writes a transactionally consistent copy of the open database to {@code zip} (H2's {@code BACKUP TO}: the
     * MVStore copies a committed version while others keep working; see docs/decisions/backups.md).
     */
    public void backupTo(Path zip) {
        dsl.execute("BACKUP TO {0}", DSL.inline(zip.toAbsolutePath().toString()));
    }

    public DataSource dataSource() {
        changes.incrementAndGet(); // whoever takes the raw connections may write with them
        return pool;
    }

    public String url() {
        return url;
    }

    /**
     * After a bulk load (demo data, a very large import) the file is mostly half-filled chunks, and H2 would rewrite them
     * in a background thread for a long time after every open, taking a core from the clerk's work. Closing with
     * {@code SHUTDOWN COMPACT} rewrites the file once, at the end of the load, instead.
     */
    public void compactOnClose() {
        compactOnClose = true;
    }

    @Override
    public void close() {
        // SHUTDOWN closes every session, its own included. It runs on a connection of its own, outside the pool: a pooled
        // handle closed afterwards rolls back on the closed session, which H2 writes to a trace file as an error on
        // every exit. A plain connection's close is a no-op once its session is gone.
        try (Connection direct = DriverManager.getConnection(url, "sa", "");
             Statement statement = direct.createStatement()) {
            statement.execute(compactOnClose ? "SHUTDOWN COMPACT" : "SHUTDOWN");
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.DATABASE_IS_CLOSED) {
                LOG.warn("Database shutdown reported a problem", e);
            }
        } finally {
            pool.dispose();
        }
    }

    /** The folder holds a database that is not Zero Distance's (or none at all). */
    public static final class ForeignDatabaseException extends RuntimeException {
        public ForeignDatabaseException(String detail) {
            super(detail);
        }
    }
}
