package org.zerodistance.service;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.domain.Award;
import org.zerodistance.domain.MemberName;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.CommunityFigures;
import org.zerodistance.domain.Quarter;
import org.zerodistance.domain.QuarterFigures;
import org.zerodistance.domain.RankingRow;
import org.zerodistance.domain.ReportRows;
import org.zerodistance.domain.WishSource;
import org.zerodistance.domain.WishStatus;
import org.zerodistance.domain.Wording;
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
    /** The services sheet tells its progress in this many steps. */
    private static final int SERVICE_STEPS = 10;
    /** Rows between two looks for a cancellation. */
    private static final int CHECK_EVERY = 2000;
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

    /**
     * The report's words in the clerk's language, with the feature screens' names for statuses and kinds; each looked
     * up once per report (a bundle lookup for each of half a million cells is measurable).
     */
    static QuarterReportWorkbook.Labels labels(Wording words) {
        Map<String, String> known = new java.util.concurrent.ConcurrentHashMap<>();
        return new QuarterReportWorkbook.Labels() {
            @Override
            public String text(String key) {
                return known.computeIfAbsent(key, k -> words.get(k));
            }

            @Override
            public String wishStatus(String code) {
                return text(WishStatus.valueOf(code).labelKey());
            }

            @Override
            public String wishSource(String code) {
                return text(WishSource.valueOf(code).labelKey());
            }

            @Override
            public String fundKind(String code) {
                return text("report.code." + code);
            }

            @Override
            public String donorKind(String code) {
                return text("report.code." + code);
            }

            @Override
            public String serviceKind(String code) {
                return text("passbook.kind." + code);
            }
        };
    }

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

    /**
     * Writes the report of {@code request} in the words of {@code words} (the UI and the command line pass the
     * bundles); refuses a file name without {@code .xlsx} or in a folder that does not exist.
     */
    public Result write(Request request, Wording words, Monitor monitor) {
        long started = System.nanoTime();
        Path file = checkedTarget(request.file());
        Quarter quarter = request.quarter();
        List<Community> scope = database.read(ctx -> stats.resolve(ctx, request.communityIds()));
        Map<Long, String> names = new LinkedHashMap<>();
        scope.forEach(c -> names.put(c.id(), c.name()));
        ReportRepository.Scope rowsScope = new ReportRepository.Scope(names);
        Progress progress = new Progress(monitor, 1 + 4 + SERVICE_STEPS + 1);
        Map<String, Integer> counts = new LinkedHashMap<>();
        ExecutorService sheets = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "report-sheet");
            thread.setDaemon(true);
            return thread;
        });
        try (QuarterReportWorkbook workbook = new QuarterReportWorkbook(labels(words), !request.unmask())) {
            // The names (members, households, teams) load on a sheet thread while the summary's figures are read.
            Future<ReportRepository.References> references = sheets.submit(() -> database.readStreaming(rows::references));
            List<CommunityFigures> figures = stats.figuresOf(quarter, scope);
            workbook.writeSummary(words.get("report.summary.title", String.valueOf(quarter.year()), quarter.number()),
                    words.get("report.summary.subtitle", quarter.firstDay().toString(), quarter.lastDay().toString(),
                            scopeText(scope, request.communityIds().isEmpty(), words), LocalDateTime.now(clock).format(MADE_AT)),
                    figures, words.get("report.summary.note"));
            counts.put(QuarterReportWorkbook.SUMMARY, figures.size());
            progress.step();
            ReportRepository.References refs = joined(references);
            String period = words.get("report.sheet.period", String.valueOf(quarter.year()), quarter.number(),
                    quarter.firstDay().toString(), quarter.lastDay().toString());
            long expected = Math.max(1, QuarterFigures.sum(figures.stream().map(CommunityFigures::figures).toList())
                    .serviceRecords());
            // Every sheet is made here, before the threads start: making a sheet changes the workbook's own lists.
            var services = workbook.serviceRecords(words.get("report.sheet.services", period));
            var ranking = workbook.ranking(words.get("report.sheet.ranking", period));
            var wishes = workbook.wishes(words.get("report.sheet.wishes", period));
            var pairings = workbook.pairings(words.get("report.sheet.pairings", period));
            var funds = workbook.funds(words.get("report.sheet.funds", period));
            // Two threads take the sheets in this order, each the next one left when done with its own: the biggest
            // first, so the two end together. SXSSF keeps each sheet's rows apart, and H2 serves both readers at once.
            List<Consumer<DSLContext>> work = List.of(ctx -> {
                long[] seen = {0};
                int[] reported = {0};
                rows.serviceRecords(ctx, refs, rowsScope, quarter, row -> {
                    services.accept(row);
                    if (++seen[0] % CHECK_EVERY == 0) {
                        progress.checkCancelled();
                        int slices = (int) Math.min(SERVICE_STEPS, seen[0] * SERVICE_STEPS / expected);
                        while (reported[0] < slices) {
                            reported[0]++;
                            progress.step();
                        }
                    }
                });
                services.finish();
                while (reported[0] < SERVICE_STEPS) {
                    reported[0]++;
                    progress.step();
                }
            }, ctx -> {
                // From the quarter's entries read off an index, not from the 服务记录 sheet (which takes one thread most
                // of the report), so the ranking is not left to write alone at the end.
                RankingTally tally = new RankingTally();
                rows.rankingEntries(ctx, rowsScope, quarter, (id, community, member, kind, points) -> {
                    tally.add(id, community, member, refs.member(member), kind, points);
                    if (tally.entries() % CHECK_EVERY == 0) {
                        progress.checkCancelled();
                    }
                });
                Set<Long> reversed = tally.isEmpty() ? Set.of() : rows.reversedEntries(ctx, tally.firstId(), tally.lastId());
                ranking(scope, refs, tally, reversed, quarter, words, cancellable(ranking, progress));
                ranking.finish();
                progress.step();
            }, ctx -> {
                rows.wishes(ctx, refs, rowsScope, quarter, clock.getZone(), cancellable(wishes, progress));
                wishes.finish();
                progress.step();
            }, ctx -> {
                rows.pairings(ctx, refs, rowsScope, quarter, cancellable(pairings, progress));
                pairings.finish();
                progress.step();
            }, ctx -> {
                rows.funds(ctx, refs, rowsScope, quarter, cancellable(funds, progress));
                funds.finish();
                progress.step();
            });
            AtomicInteger next = new AtomicInteger();
            Callable<Void> worker = () -> database.readStreaming(ctx -> {
                for (int i = next.getAndIncrement(); i < work.size(); i = next.getAndIncrement()) {
                    work.get(i).accept(ctx);
                }
                return null;
            });
            Future<?> one = sheets.submit(worker);
            Future<?> other = sheets.submit(worker);
            join(one, other);
            join(other, one);
            counts.put(QuarterReportWorkbook.RANKING, ranking.rows());
            counts.put(QuarterReportWorkbook.WISHES, wishes.rows());
            counts.put(QuarterReportWorkbook.PAIRINGS, pairings.rows());
            counts.put(QuarterReportWorkbook.FUNDS, funds.rows());
            counts.put(QuarterReportWorkbook.SERVICES, services.rows());
            progress.checkCancelled();
            workbook.writeTo(file);
            progress.done();
        } catch (IOException e) {
            LOG.error("Could not write the report to {}", file, e);
            throw new ServiceException("report.error.write", file);
        } finally {
            sheets.shutdownNow();
        }
        if (request.unmask()) {
            database.inTransactionDo(ctx -> auditor.record(ctx, AuditEntry.Action.REVEAL, "report", null,
                    "quarterly report " + quarter.code() + " with ID numbers and phones in clear: " + file.getFileName()));
        }
        Result result = new Result(file, counts, scope.size(), Duration.ofNanos(System.nanoTime() - started));
        LOG.info("Report {} written: {} communities, rows {}, {} ms", quarter, result.communities(), result.rows(),
                result.elapsed().toMillis());
        return result;
    }

    /**
     * The 党员积分 rows: each community's recognition ranking of the quarter, worked out as the Recognition screen
     * does (points with reversals; ties to more wishes fulfilled and not reversed, then the name: {@link RankingRow#rank}),
     * with the member's details, entries and awards.
     */
    private void ranking(List<Community> scope, ReportRepository.References refs, RankingTally tally, Set<Long> reversed,
                         Quarter quarter, Wording words, Consumer<ReportRows.Ranking> sink) {
        int topN = recognition.topN();
        for (Community community : scope) {
            Map<Long, RankingTally.Member> members = tally.of(community.id());
            List<RankingRow.Score> scores = new ArrayList<>(members.size());
            members.forEach((id, m) -> scores.add(new RankingRow.Score(new MemberName(id, m.name), m.points,
                    (int) m.fulfilled.stream().filter(entry -> !reversed.contains(entry)).count())));
            Map<Long, String> awards = new HashMap<>();
            for (Award award : recognition.awardsIn(community.id(), quarter)) {
                awards.merge(award.member().id(), award.title(), (a, b) -> a + words.get("report.scope.separator") + b);
            }
            for (RankingRow row : RankingRow.rank(scores, topN)) {
                long id = row.member().id();
                ReportRows.Person person = refs.member(id);
                sink.accept(new ReportRows.Ranking(community.name(), row.rank(), row.member().name(),
                        person == null ? null : person.idNumber(), person == null ? null : person.phone(),
                        person == null ? null : person.partyBranch(), person == null ? null : person.workUnit(),
                        members.get(id).records, row.fulfilledWishes(), row.points(), awards.get(id)));
            }
        }
    }

    /** Per community and member, what the ranking needs, added up while the quarter's entries stream past (in any order). */
    static final class RankingTally {
        private final Map<Long, Map<Long, Member>> communities = new HashMap<>();
        private long firstId = Long.MAX_VALUE;
        private long lastId = Long.MIN_VALUE;

        /** One member's quarter in one community. */
        static final class Member {
            final String name;
            BigDecimal points = BigDecimal.ZERO.setScale(2);
            long records;
            final List<Long> fulfilled = new ArrayList<>(2);

            Member(String name) {
                this.name = name;
            }
        }

        private long entries;

        void add(long id, long communityId, long memberId, ReportRows.Person person, String kind, BigDecimal points) {
            Member m = communities.computeIfAbsent(communityId, c -> new HashMap<>())
                    .computeIfAbsent(memberId, c -> new Member(person == null ? null : person.name()));
            m.points = m.points.add(points);
            if (!"REVERSAL".equals(kind)) {
                m.records++;
            }
            if ("WISH_FULFILLED".equals(kind)) {
                m.fulfilled.add(id);
            }
            firstId = Math.min(firstId, id);
            lastId = Math.max(lastId, id);
            entries++;
        }

        /** Entries added so far. */
        long entries() {
            return entries;
        }

        Map<Long, Member> of(long communityId) {
            return communities.getOrDefault(communityId, Map.of());
        }

        boolean isEmpty() {
            return communities.isEmpty();
        }

        long firstId() {
            return firstId;
        }

        long lastId() {
            return lastId;
        }
    }

    /** Passes rows on to {@code sheet}, looking for a cancellation every few thousand rows. */
    private static <T> Consumer<T> cancellable(Consumer<T> sheet, Progress progress) {
        long[] seen = {0};
        return row -> {
            sheet.accept(row);
            if (++seen[0] % CHECK_EVERY == 0) {
                progress.checkCancelled();
            }
        };
    }

    /** Waits for {@code task} and gives its result, or rethrows what went wrong. */
    private static <T> T joined(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new ReportCancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits for {@code first}; if it failed, stops {@code other} and rethrows what went wrong. */
    private static void join(Future<?> first, Future<?> other) {
        try {
            joined(first);
        } catch (RuntimeException | Error e) {
            other.cancel(true);
            throw e;
        }
    }

    /** Steps done of all, told to the monitor from either sheet thread; the monitor also says whether to stop. */
    private static final class Progress {
        private final Monitor monitor;
        private final long total;
        private long done;
        private volatile boolean cancelled;

        Progress(Monitor monitor, long total) {
            this.monitor = monitor;
            this.total = total;
        }

        synchronized void step() {
            checkCancelled();
            monitor.progress(++done, total);
        }

        synchronized void done() {
            monitor.progress(total, total);
        }

        void checkCancelled() {
            if (cancelled || monitor.isCancelled() || Thread.currentThread().isInterrupted()) {
                cancelled = true;
                throw new ReportCancelledException();
            }
        }
    }

    private static String scopeText(List<Community> scope, boolean all, Wording words) {
        if (all) {
            return words.get("report.scope.all", scope.size());
        }
        if (scope.size() <= NAMES_SHOWN) {
            return String.join(words.get("report.scope.separator"), scope.stream().map(Community::name).toList());
        }
        return words.get("report.scope.some", scope.get(0).name(), scope.size());
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
