package org.zerodistance.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.ImportedMember;
import org.zerodistance.domain.MemberField;
import org.zerodistance.domain.RegisteredMember;
import org.zerodistance.persistence.CommunityRepository;
import org.zerodistance.persistence.Database;
import org.zerodistance.persistence.MemberImportRepository;
import org.zerodistance.spreadsheet.HeaderDetector;
import org.zerodistance.spreadsheet.PrefetchingRowCursor;
import org.zerodistance.spreadsheet.RowCursor;
import org.zerodistance.spreadsheet.SheetRow;
import org.zerodistance.spreadsheet.Spreadsheet;
import org.zerodistance.spreadsheet.SpreadsheetException;
import org.zerodistance.spreadsheet.Spreadsheets;
import org.zerodistance.spreadsheet.TableWriter;

/**
 * Importing member lists from spreadsheets. Reading and checking need no transaction; writing happens in exactly one,
 * in which every row is compared again with what is stored, so the file is imported entirely or not at all.
 */
public final class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    private static final String ENTITY = "member";
    /** A header needs two recognised titles, or the ID column alone. */
    private static final int MIN_HEADER_FIELDS = 2;

    private final Database database;
    private final Auditor auditor;
    private final CommunityRepository communities = new CommunityRepository();
    private final MemberImportRepository members = new MemberImportRepository();
    private final HeaderDetector<MemberField> detector =
            new HeaderDetector<>(MemberField::recognise, MemberField.ID_NUMBER, MIN_HEADER_FIELDS);

    public ImportService(Database database, Auditor auditor) {
        this.database = database;
        this.auditor = auditor;
    }

    /**
     * Opens {@code file} and finds the members: the first sheet whose header row is recognised and has an ID column.
     * Refuses (with a {@link SpreadsheetException}) a file that cannot be read, has no header, or no ID column.
     */
    public ImportLayout analyse(Path file) {
        try (Spreadsheet sheet = Spreadsheets.open(file)) {
            List<String> names = sheet.sheetNames();
            ImportLayout withoutId = null;
            for (int i = 0; i < names.size(); i++) {
                Optional<HeaderDetector.Header<MemberField>> header = detector.find(sheet, i);
                if (header.isEmpty()) {
                    continue;
                }
                ImportLayout layout = layoutOf(file, sheet, i, header.get());
                if (layout.mapping().containsKey(MemberField.ID_NUMBER)) {
                    return layout;
                }
                if (withoutId == null) {
                    withoutId = layout;
                }
            }
            if (withoutId != null) {
                throw new SpreadsheetException("import.refused.noIdColumn", withoutId.sheetName(), withoutId.headerRow());
            }
            throw new SpreadsheetException("import.refused.noHeader", HeaderDetector.SCAN_ROWS);
        }
    }

    /** The layout when the clerk chooses {@code sheetIndex} and {@code headerRow}: titles read there, columns recognised. */
    public ImportLayout layout(Path file, int sheetIndex, int headerRow) {
        try (Spreadsheet sheet = Spreadsheets.open(file)) {
            try (RowCursor rows = sheet.rows(sheetIndex)) {
                while (rows.hasNext()) {
                    SheetRow row = rows.next();
                    if (row.number() == headerRow) {
                        return layoutOf(file, sheet, sheetIndex, detector.headerOf(row));
                    }
                    if (row.number() > headerRow) {
                        break;
                    }
                }
            }
            return new ImportLayout(file.getFileName().toString(), sheet.format(), sheet.sheetNames(), sheetIndex, headerRow,
                    List.of(), Map.of());
        }
    }

    /** The layout of sheet {@code sheetIndex}: its recognised header, else its first row with content. */
    public ImportLayout layoutForSheet(Path file, int sheetIndex) {
        try (Spreadsheet sheet = Spreadsheets.open(file)) {
            List<SheetRow> head = HeaderDetector.head(sheet, sheetIndex);
            Optional<HeaderDetector.Header<MemberField>> header = detector.find(head);
            if (header.isPresent()) {
                return layoutOf(file, sheet, sheetIndex, header.get());
            }
            HeaderDetector.Header<MemberField> first = head.isEmpty()
                    ? new HeaderDetector.Header<>(1, List.of(), Map.of())
                    : detector.headerOf(head.get(0));
            return layoutOf(file, sheet, sheetIndex, first);
        }
    }

    /** The first rows of a sheet with content, for choosing the header row by eye. */
    public List<SheetRow> head(Path file, int sheetIndex) {
        try (Spreadsheet sheet = Spreadsheets.open(file)) {
            return HeaderDetector.head(sheet, sheetIndex);
        }
    }

    private static ImportLayout layoutOf(Path file, Spreadsheet sheet, int index, HeaderDetector.Header<MemberField> header) {
        return new ImportLayout(file.getFileName().toString(), sheet.format(), sheet.sheetNames(), index, header.rowNumber(),
                header.titles(), header.columns());
    }

    /** Reads every row below the header and says what importing it into {@code communityId} would do. Writes nothing. */
    public ImportPlan preview(Path file, ImportLayout layout, long communityId, ImportMonitor monitor) {
        if (!layout.mapping().containsKey(MemberField.ID_NUMBER)) {
            throw new SpreadsheetException("import.refused.noIdColumn", layout.sheetName(), layout.headerRow());
        }
        Community community = findCommunity(communityId);
        List<ImportPlan.Row> rows = read(file, layout, monitor);
        return database.read(ctx -> classify(ctx, new ImportPlan(layout, community.id(), community.name(), rows)));
    }

    private Community findCommunity(long communityId) {
        return database.read(ctx -> communities.findById(ctx, communityId))
                .orElseThrow(() -> new ServiceException("community.error.notFound", String.valueOf(communityId)));
    }

    /**
     * Writes {@code plan} in one transaction, deciding each row again against what is stored at that moment.
     * Cancelling (through {@code monitor}) or any failure rolls everything back. Returns what was done.
     */
    public ImportPlan apply(ImportPlan plan, ImportMonitor monitor) {
        long started = System.nanoTime();
        ImportPlan done = database.inTransaction(ctx -> {
            ImportPlan current = classify(ctx, plan);
            write(ctx, current, monitor);
            auditor.record(ctx, AuditEntry.Action.IMPORT, ENTITY, null, summary(current));
            checkCancelled(monitor);
            return current;
        });
        LOG.info("Imported {} into community {}: {} new, {} updated, {} unchanged, {} rejected in {} ms",
                plan.layout().fileName(), plan.communityId(), done.count(ImportPlan.Outcome.NEW), done.count(ImportPlan.Outcome.UPDATE),
                done.count(ImportPlan.Outcome.UNCHANGED), done.count(ImportPlan.Outcome.REJECTED), (System.nanoTime() - started) / 1_000_000);
        return done;
    }

    /** The command line's whole import: detect the layout, read, and (unless {@code dryRun}) write. */
    public ImportPlan importFile(Path file, long communityId, boolean dryRun, ImportMonitor monitor) {
        ImportLayout layout = analyse(file);
        if (dryRun) {
            return preview(file, layout, communityId, monitor);
        }
        // apply compares every row with what is stored inside its transaction: comparing before it too would read the
        // stored members twice
        Community community = findCommunity(communityId);
        return apply(new ImportPlan(layout, community.id(), community.name(), read(file, layout, monitor)), monitor);
    }

    /**
     * Writes the rejected rows of {@code plan} to {@code target} (.xlsx): the file's own column titles and cells, plus
     * a last column {@code reasonTitle} with each row's reason as {@code reason} words it, so the clerk can fix and re-import.
     */
    public void saveRejected(ImportPlan plan, Path target, String reasonTitle, Function<ImportPlan.Row, String> reason) {
        List<ImportPlan.Row> rejected = plan.rejectedRows();
        int width = plan.layout().titles().size();
        for (ImportPlan.Row row : rejected) {
            width = Math.max(width, row.cells().size());
        }
        List<String> header = new ArrayList<>(plan.layout().titles());
        while (header.size() < width) {
            header.add("");
        }
        header.add(reasonTitle);
        int columns = width;
        List<List<String>> rows = new ArrayList<>(rejected.size());
        for (ImportPlan.Row row : rejected) {
            List<String> cells = new ArrayList<>(row.cells());
            while (cells.size() < columns) {
                cells.add("");
            }
            cells.add(reason.apply(row));
            rows.add(cells);
        }
        TableWriter.write(target, plan.layout().sheetName(), header, rows);
    }

    private List<ImportPlan.Row> read(Path file, ImportLayout layout, ImportMonitor monitor) {
        MemberRowParser parser = new MemberRowParser(layout);
        List<ImportPlan.Row> rows = new ArrayList<>();
        // The file is unpacked on a reader thread while this one checks the rows.
        try (Spreadsheet sheet = Spreadsheets.open(file); RowCursor cursor = new PrefetchingRowCursor(sheet.rows(layout.sheetIndex()))) {
            while (cursor.hasNext()) {
                SheetRow row = cursor.next();
                if (row.number() <= layout.headerRow()) {
                    continue;
                }
                ImportPlan.Row planned = parser.parse(row);
                if (planned != null) {
                    rows.add(planned);
                    if (rows.size() % 1000 == 0) {
                        checkCancelled(monitor);
                        monitor.read(rows.size());
                    }
                }
            }
        }
        monitor.read(rows.size());
        return rows;
    }

    /** Decides new / update / unchanged / rejected for the rows that passed the file's own rules. */
    private ImportPlan classify(DSLContext ctx, ImportPlan plan) {
        List<String> ids = new ArrayList<>();
        for (ImportPlan.Row row : plan.rows()) {
            if (row.member() != null && row.outcome() != ImportPlan.Outcome.REJECTED) {
                ids.add(row.member().idNumber().value());
            }
        }
        Map<String, RegisteredMember> stored = members.findByIdNumbers(ctx, ids);
        List<ImportPlan.Row> decided = new ArrayList<>(plan.rows().size());
        for (ImportPlan.Row row : plan.rows()) {
            if (row.member() == null || row.outcome() == ImportPlan.Outcome.REJECTED) {
                decided.add(row);
                continue;
            }
            RegisteredMember existing = stored.get(row.member().idNumber().value());
            if (existing == null) {
                decided.add(row.classified(null, ImportPlan.Outcome.NEW, null));
            } else if (existing.communityId() != plan.communityId()) {
                decided.add(row.classified(existing, ImportPlan.Outcome.REJECTED, "import.reason.otherCommunity",
                        existing.communityName(), existing.name()));
            } else if (existing.archived()) {
                decided.add(row.classified(existing, ImportPlan.Outcome.REJECTED, "import.reason.archived", existing.name()));
            } else if (differs(row.member(), existing)) {
                decided.add(row.classified(existing, ImportPlan.Outcome.UPDATE, null));
            } else {
                decided.add(row.classified(existing, ImportPlan.Outcome.UNCHANGED, null));
            }
        }
        return new ImportPlan(plan.layout(), plan.communityId(), plan.communityName(), decided);
    }

    /** Whether any field the row gives differs from what is stored (fields it leaves blank keep their value). */
    static boolean differs(ImportedMember m, RegisteredMember s) {
        return !m.name().equals(s.name())
                || m.phone() != null && !m.phone().digits().equals(s.phone())
                || m.workUnit() != null && !m.workUnit().equals(s.workUnit())
                || m.partyBranch() != null && !m.partyBranch().equals(s.partyBranch())
                || m.registrationDate() != null && !m.registrationDate().equals(s.registrationDate())
                || m.skills() != null && !Set.copyOf(m.skills()).equals(Set.copyOf(s.skills()));
    }

    private void write(DSLContext ctx, ImportPlan plan, ImportMonitor monitor) {
        List<ImportedMember> inserts = new ArrayList<>();
        List<MemberImportRepository.MemberUpdate> updates = new ArrayList<>();
        Set<String> skills = new LinkedHashSet<>();
        for (ImportPlan.Row row : plan.rows()) {
            ImportedMember m = row.member();
            if (row.outcome() == ImportPlan.Outcome.NEW) {
                inserts.add(m);
            } else if (row.outcome() == ImportPlan.Outcome.UPDATE) {
                RegisteredMember s = row.existing();
                boolean skillsChanged = m.skills() != null && !Set.copyOf(m.skills()).equals(Set.copyOf(s.skills()));
                updates.add(new MemberImportRepository.MemberUpdate(s.id(), m.name(),
                        m.phone() != null ? m.phone().digits() : s.phone(),
                        m.workUnit() != null ? m.workUnit() : s.workUnit(),
                        m.partyBranch() != null ? m.partyBranch() : s.partyBranch(),
                        m.registrationDate() != null ? m.registrationDate() : s.registrationDate(),
                        skillsChanged ? m.skills() : null));
            } else {
                continue;
            }
            if (m.skills() != null) {
                skills.addAll(m.skills());
            }
        }
        int total = inserts.size() + updates.size();
        int[] done = {0};
        monitor.written(0, total);
        members.insertAll(ctx, plan.communityId(), inserts, n -> {
            done[0] += n;
            monitor.written(done[0], total);
            checkCancelled(monitor);
        });
        members.updateAll(ctx, updates, n -> {
            done[0] += n;
            monitor.written(done[0], total);
            checkCancelled(monitor);
        });
        members.addSkillTerms(ctx, skills);
    }

    private static String summary(ImportPlan plan) {
        // No names, ID numbers or phones: the audit log is shown to every operator.
        String text = "file=" + plan.layout().fileName() + " sheet=" + plan.layout().sheetName() + " rows=" + plan.rowsRead()
                + " new=" + plan.count(ImportPlan.Outcome.NEW) + " updated=" + plan.count(ImportPlan.Outcome.UPDATE)
                + " unchanged=" + plan.count(ImportPlan.Outcome.UNCHANGED) + " rejected=" + plan.count(ImportPlan.Outcome.REJECTED);
        return text.length() > 4000 ? text.substring(0, 4000) : text;
    }

    private static void checkCancelled(ImportMonitor monitor) {
        if (monitor.isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new ImportCancelledException();
        }
    }

    /** The clerk cancelled: everything done so far is rolled back. */
    public static final class ImportCancelledException extends ServiceException {
        public ImportCancelledException() {
            super("import.cancelled");
        }
    }
}
