package org.zerodistance.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.domain.Award;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.CommunityFigures;
import org.zerodistance.domain.Quarter;
import org.zerodistance.domain.RankingRow;
import org.zerodistance.domain.ReportRows;
import org.zerodistance.domain.WishSource;
import org.zerodistance.domain.WishStatus;
import org.zerodistance.i18n.Messages;
import org.zerodistance.persistence.Database;
import org.zerodistance.persistence.ReportRepository;
import org.zerodistance.spreadsheet.QuarterReportWorkbook;

/**
 * The quarterly report: one workbook with the summary (the same figures as the dashboard, from {@link StatsService})
 * and five detail sheets streamed from the database community by community, so memory stays flat however large the
 * quarter. ID numbers and phones are masked unless the clerk asks otherwise, which is written to the audit log.
 */
public final class ReportService {

    private static final Logger LOG = LoggerFactory.getLogger(ReportService.class);
    private static final DateTimeFormatter MADE_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Beyond this many communities the summary's scope line says "N communities" instead of naming them. */
    private static final int NAMES_SHOWN = 3;

    private final Database database;
    private final StatsService stats;
    private final RecognitionService recognition;
    private final Auditor auditor;
    private final Clock clock;
    private final ReportRepository rows = new ReportRepository();

    public ReportService(Database database, StatsService stats, RecognitionService recognition, Auditor auditor, Clock clock) {
        this.database = database;
        this.stats = stats;
        this.recognition = recognition;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** The report's words in the clerk's language, with the feature screens' names for statuses and kinds. */
    static final QuarterReportWorkbook.Labels LABELS = new QuarterReportWorkbook.Labels() {
        @Override
        public String text(String key) {
            return Messages.get(key);
        }

        @Override
        public String wishStatus(String code) {
            return Messages.get(WishStatus.valueOf(code).labelKey());
        }

        @Override
        public String wishSource(String code) {
            return Messages.get(WishSource.valueOf(code).labelKey());
        }

        @Override
        public String fundKind(String code) {
            return Messages.get("report.code." + code);
        }

        @Override
        public String donorKind(String code) {
            return Messages.get("report.code." + code);
        }

        @Override
        public String serviceKind(String code) {
            return Messages.get("passbook.kind." + code);
        }
    };

    /** What to report: a quarter, communities (empty: all that are not archived), the file, and whether to unmask. */
    public record Request(Quarter quarter, List<Long> communityIds, Path file, boolean unmask) {
        public Request {
            communityIds = communityIds == null ? List.of() : List.copyOf(communityIds);
        }
    }

    /** The file written, the data rows of each sheet, the communities covered and how long it took. */
    public record Result(Path file, Map<String, Integer> rows, int communities, Duration elapsed) {
    }

    /** What a running report tells (steps done of all) and asks (has the clerk cancelled?). */
    public interface Monitor {
        /** Nothing to tell, never cancelled: the command line. */
        Monitor NONE = new Monitor() {
        };

        default void progress(long done, long total) {
        }

        default boolean isCancelled() {
            return false;
        }
    }

    /** The clerk cancelled: no file is written. */
    public static final class ReportCancelledException extends ServiceException {
        public ReportCancelledException() {
            super("report.cancelled");
        }
    }

    /** Writes the report of {@code request}; refuses a file name without {@code .xlsx} or in a folder that does not exist. */
    public Result write(Request request, Monitor monitor) {
        long started = System.nanoTime();
        Path file = checkedTarget(request.file());
        Quarter quarter = request.quarter();
        Result result = database.read(ctx -> {
            List<Community> scope = stats.resolve(ctx, request.communityIds());
            List<CommunityFigures> figures = stats.figuresOf(quarter, scope);
            long total = 2 + 5L * scope.size();
            long[] done = {0};
            Runnable step = () -> {
                if (monitor.isCancelled() || Thread.currentThread().isInterrupted()) {
                    throw new ReportCancelledException();
                }
                monitor.progress(++done[0], total);
            };
            Map<String, Integer> counts = new LinkedHashMap<>();
            try (QuarterReportWorkbook workbook = new QuarterReportWorkbook(LABELS, !request.unmask())) {
                workbook.writeSummary(Messages.get("report.summary.title", String.valueOf(quarter.year()), quarter.number()),
                        Messages.get("report.summary.subtitle", quarter.firstDay().toString(), quarter.lastDay().toString(),
                                scopeText(scope, request.communityIds().isEmpty()), LocalDateTime.now(clock).format(MADE_AT)),
                        figures, Messages.get("report.summary.note"));
                counts.put(QuarterReportWorkbook.SUMMARY, figures.size());
                step.run();
                String period = Messages.get("report.sheet.period", String.valueOf(quarter.year()), quarter.number(),
                        quarter.firstDay().toString(), quarter.lastDay().toString());
                counts.put(QuarterReportWorkbook.RANKING, detail(workbook.ranking(Messages.get("report.sheet.ranking", period)),
                        scope, step, (c, sink) -> ranking(ctx, c, quarter, sink)));
                counts.put(QuarterReportWorkbook.WISHES, detail(workbook.wishes(Messages.get("report.sheet.wishes", period)),
                        scope, step, (c, sink) -> rows.wishes(ctx, c, quarter, clock.getZone(), sink)));
                counts.put(QuarterReportWorkbook.PAIRINGS, detail(workbook.pairings(Messages.get("report.sheet.pairings", period)),
                        scope, step, (c, sink) -> rows.pairings(ctx, c, quarter, sink)));
                counts.put(QuarterReportWorkbook.FUNDS, detail(workbook.funds(Messages.get("report.sheet.funds", period)),
                        scope, step, (c, sink) -> rows.funds(ctx, c, quarter, sink)));
                counts.put(QuarterReportWorkbook.SERVICES, detail(workbook.serviceRecords(Messages.get("report.sheet.services", period)),
                        scope, step, (c, sink) -> rows.serviceRecords(ctx, c, quarter, sink)));
                workbook.writeTo(file);
                monitor.progress(total, total);
            } catch (IOException e) {
                LOG.error("Could not write the report to {}", file, e);
                throw new ServiceException("report.error.write", file);
            }
            return new Result(file, counts, scope.size(), Duration.ofNanos(System.nanoTime() - started));
        });
        if (request.unmask()) {
            database.inTransactionDo(ctx -> auditor.record(ctx, AuditEntry.Action.REVEAL, "report", null,
                    "quarterly report " + quarter.code() + " with ID numbers and phones in clear: " + file.getFileName()));
        }
        LOG.info("Report {} written: {} communities, rows {}, {} ms", quarter, result.communities(), result.rows(),
                result.elapsed().toMillis());
        return result;
    }

    /**
     * One community's 党员积分 rows: the recognition ranking of the quarter (the same places the Recognition screen
     * shows) with each member's contact, entries and awards.
     */
    private void ranking(org.jooq.DSLContext ctx, Community community, Quarter quarter, Consumer<ReportRows.Ranking> sink) {
        Map<Long, ReportRows.MemberDetail> details = rows.memberDetails(ctx, community, quarter);
        Map<Long, String> awards = new HashMap<>();
        for (Award award : recognition.awardsIn(community.id(), quarter)) {
            awards.merge(award.member().id(), award.title(), (a, b) -> a + Messages.get("report.scope.separator") + b);
        }
        for (RankingRow row : recognition.ranking(community.id(), quarter).rows()) {
            ReportRows.MemberDetail detail = details.getOrDefault(row.member().id(),
                    new ReportRows.MemberDetail(null, null, null, null, 0));
            sink.accept(new ReportRows.Ranking(community.name(), row.rank(), row.member().name(), detail.idNumber(),
                    detail.phone(), detail.partyBranch(), detail.workUnit(), detail.records(), row.fulfilledWishes(),
                    row.points(), awards.get(row.member().id())));
        }
    }

    /** Fills one detail sheet community by community and returns its data rows. */
    private static <T> int detail(QuarterReportWorkbook.DetailSheet<T> sheet, List<Community> scope, Runnable step,
                                  RowSource<T> source) {
        for (Community community : scope) {
            source.rows(community, sheet);
            step.run();
        }
        sheet.finish();
        return sheet.rows();
    }

    /** Streams one community's rows of a sheet into a sink. */
    @FunctionalInterface
    private interface RowSource<T> {
        void rows(Community community, Consumer<T> sink);
    }

    private static String scopeText(List<Community> scope, boolean all) {
        if (all) {
            return Messages.get("report.scope.all", scope.size());
        }
        if (scope.size() <= NAMES_SHOWN) {
            return String.join(Messages.get("report.scope.separator"), scope.stream().map(Community::name).toList());
        }
        return Messages.get("report.scope.some", scope.get(0).name(), scope.size());
    }

    private static Path checkedTarget(Path file) {
        if (file == null || file.getFileName() == null) {
            throw new ServiceException("report.error.fileRequired");
        }
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new ServiceException("report.error.extension", file.getFileName());
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ServiceException("report.error.folderMissing", folder);
        }
        if (Files.isDirectory(file)) {
            throw new ServiceException("report.error.isFolder", file);
        }
        return file;
    }
}
