package org.zerodistance.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.persistence.AuditRepository;
import org.zerodistance.persistence.Database;
import org.zerodistance.spreadsheet.AuditLogWorkbook;

/** Reading the audit log: filtered lists for the screen and {@code .xlsx} exports. */
public final class AuditService {

    private static final Logger LOG = LoggerFactory.getLogger(AuditService.class);

    private final Database database;
    private final ZoneId zone;
    private final AuditRepository repository = new AuditRepository();

    public AuditService(Database database, ZoneId zone) {
        this.database = database;
        this.zone = zone;
    }

    /** What the screen shows: the newest {@code limit} matching entries and how many match in all. */
    public record Page(List<AuditEntry> entries, int total) {
    }

    /** The export's sheet name, column titles, and words for actions and entities, in the clerk's language. */
    public record Labels(String sheetName, List<String> headers, Function<AuditEntry.Action, String> action,
                         Function<String, String> entity) {
    }

    public Page search(AuditQuery query, int limit) {
        requireOrderedDates(query);
        return database.read(ctx -> new Page(
                repository.search(ctx, query.fromInstant(zone), query.toInstant(zone), query.operator(), query.entity(), limit),
                repository.count(ctx, query.fromInstant(zone), query.toInstant(zone), query.operator(), query.entity())));
    }

    public List<String> operators() {
        return database.read(repository::operators);
    }

    public List<String> entities() {
        return database.read(repository::entities);
    }

    /** Writes every matching entry (oldest first) to {@code file}; returns how many. */
    public int export(AuditQuery query, Path file, Labels labels) {
        requireOrderedDates(query);
        try (AuditLogWorkbook workbook = new AuditLogWorkbook(labels.sheetName(), labels.headers(), labels.action(),
                labels.entity(), zone)) {
            database.read(ctx -> {
                repository.forEach(ctx, query.fromInstant(zone), query.toInstant(zone), query.operator(), query.entity(), workbook::add);
                return null;
            });
            workbook.writeTo(file);
            LOG.info("Audit log exported: {} entries", workbook.size());
            return workbook.size();
        } catch (IOException e) {
            LOG.error("Audit log export to {} failed", file, e);
            ServiceException error = new ServiceException("audit.error.exportFailed", file.toAbsolutePath());
            error.initCause(e);
            throw error;
        }
    }

    private static void requireOrderedDates(AuditQuery query) {
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw new ServiceException("audit.error.datesReversed", query.from(), query.to());
        }
    }
}
