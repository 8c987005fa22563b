package org.zerodistance.service;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.domain.IdNumber;
import org.zerodistance.domain.PointsRule;
import org.zerodistance.domain.Quarter;
import org.zerodistance.domain.ServiceKind;
import org.zerodistance.persistence.Database;
import org.zerodistance.persistence.DemoDataRepository;
import org.zerodistance.persistence.PointsRuleRepository;

/**
 * Fills an empty database with plausible data for demonstrations and benchmarks: communities, members with valid ID
 * numbers, households in need, teams, posts with commitments, pairings with visits and real things done, wishes in every
 * state with their history, funds with a few reversals, and passbook entries over four quarters. The same
 * {@link DemoSpec} always gives the same data.
 */
public final class DemoDataService {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataService.class);
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final Database database;
    private final Auditor auditor;
    private final DemoDataRepository repository = new DemoDataRepository();
    private final PointsRuleRepository rules = new PointsRuleRepository();

    public DemoDataService(Database database, Auditor auditor) {
        this.database = database;
        this.auditor = auditor;
    }

    /** What was generated: rows per table and how long it took. */
    public record Result(Map<String, Long> rows, Duration elapsed) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Generates the data of {@code spec}; {@code stage} hears the name of each table as its turn comes. Refused when the
     * database already holds a community: demo data goes into a new data folder, never next to real records.
     */
    public Result generate(DemoSpec spec, Consumer<String> stage) {
        if (!repository.isEmpty(database)) {
            throw new ServiceException("demo.error.notEmpty");
        }
        long started = System.nanoTime();
        Map<ServiceKind, PointsRule> pointRules = new EnumMap<>(ServiceKind.class);
        database.read(ctx -> rules.all(ctx)).forEach(rule -> pointRules.put(rule.kind(), rule));
        Generator generator = new Generator(spec, pointRules, stage);
        repository.load(database, generator::run);
        Result result = new Result(generator.counts, Duration.ofNanos(System.nanoTime() - started));
        database.compactOnClose();
        database.inTransactionDo(ctx -> auditor.record(ctx, AuditEntry.Action.IMPORT, "demo", null,
                "demo data: seed=" + spec.seed() + ", quarters " + spec.firstQuarter() + "–" + spec.lastQuarter()
                        + ", rows=" + result.total()));
        LOG.info("Demo data generated: {} rows in {} s", result.total(), result.elapsed().toSeconds());
        return result;
    }

    /** The generation itself: state kept in primitive arrays, so a million entries fit in little memory. */
    private static final class Generator {

        private static final int NEVER = Integer.MAX_VALUE;
        private static final byte VISIT = 0;
        private static final byte HELP = 1;
        private static final byte WISH = 2;
        private static final byte ACTIVITY = 3;
        private static final byte DUTY = 4;
        private static final byte ADJUST = 5;

        private final DemoSpec spec;
        private final Map<ServiceKind, PointsRule> pointRules;
        private final Consumer<String> stage;
        private final SplittableRandom root;
        private final Map<String, Long> counts = new LinkedHashMap<>();
        private final int start;
        private final int end;
        private final List<Quarter> quarters = new ArrayList<>();
        private DemoDataRepository.Sink sink;

        // communities
        private String[] communityNames;
        // members
        private int[] memberCommunity;
        private int[] memberRegistered;
        private int[] memberLeft;
        private String[] memberNames;
        private int[][] communityMembers;
        // households
        private int[] householdCommunity;
        private int[][] communityHouseholds;
        // teams
        private int[] teamCommunity;
        private int[] teamFounded;
        private int[] teamEnd;
        private int[][] teamMembers;
        private int[][] communityTeams;
        // post claims
        private final IntList claimMember = new IntList();
        private final IntList claimCommunity = new IntList();
        private final IntList claimStart = new IntList();
        private final IntList claimEnd = new IntList();
        // pairings
        private final IntList pairMember = new IntList();
        private final IntList pairHousehold = new IntList();
        private final IntList pairStart = new IntList();
        private final IntList pairEnd = new IntList();
        // what earns points: one entry per member and deed
        private final IntList eventKind = new IntList();
        private final IntList eventMember = new IntList();
        private final IntList eventCommunity = new IntList();
        private final IntList eventDate = new IntList();
        private final IntList eventLink = new IntList();
        private final IntList eventHalfHours = new IntList();

        private long nextFundId = 1;
        private String stageName;
        private long stageStarted;

        Generator(DemoSpec spec, Map<ServiceKind, PointsRule> pointRules, Consumer<String> stage) {
            this.spec = spec;
            this.pointRules = pointRules;
            this.stage = stage;
            this.root = new SplittableRandom(spec.seed());
            Quarter q = spec.firstQuarter();
            for (int i = 0; i < 4; i++) {
                quarters.add(q);
                q = q.next();
            }
            this.start = (int) spec.firstQuarter().firstDay().toEpochDay();
            this.end = (int) spec.lastQuarter().lastDay().toEpochDay();
        }

        void run(DemoDataRepository.Sink target) throws SQLException {
            this.sink = target;
            communities(root.split());
            members(root.split());
            households(root.split());
            teams(root.split());
            posts(root.split());
            pairingsAndVisits(root.split());
            wishes(root.split());
            donations(root.split());
            activities(root.split());
            serviceRecords(root.split());
            step(null);
        }

        private void step(String table) throws SQLException {
            sink.flush();
            long now = System.nanoTime();
            if (stageName != null) {
                LOG.info("Demo data: {} done in {} ms ({} rows so far)", stageName, (now - stageStarted) / 1_000_000, sink.rows());
            }
            stageName = table;
            stageStarted = now;
            if (table != null) {
                stage.accept(table);
            }
        }

        private void counted(String table, long rows) {
            counts.merge(table, rows, Long::sum);
        }

        // ---------------------------------------------------------------- communities

        private void communities(SplittableRandom rnd) throws SQLException {
            step("community");
            int n = spec.communities();
            communityNames = new String[n];
            List<String> places = new ArrayList<>();
            for (String a : DemoVocabulary.PLACE_FIRST) {
                for (String b : DemoVocabulary.PLACE_SECOND) {
                    places.add(a + b);
                }
            }
            shuffle(places, rnd);
            for (int i = 0; i < n; i++) {
                String place = places.get(i % places.size());
                int round = i / places.size();
                communityNames[i] = place + (round == 0 ? "" : "第" + (round + 1)) + "社区";
                sink.community(i + 1, communityNames[i]);
            }
            counted("community", n);
        }

        // ---------------------------------------------------------------- members

        private void members(SplittableRandom rnd) throws SQLException {
            step("member");
            int n = spec.members();
            memberCommunity = new int[n];
            memberRegistered = new int[n];
            memberLeft = new int[n];
            memberNames = new String[n];
            Set<String> ids = new HashSet<>(n * 2);
            long skills = 0;
            for (int i = 0; i < n; i++) {
                int community = i < spec.communities() ? i : rnd.nextInt(spec.communities());
                boolean male = rnd.nextBoolean();
                String name = personName(rnd, male ? DemoVocabulary.GIVEN_MALE : DemoVocabulary.GIVEN_FEMALE);
                LocalDate birth = LocalDate.of(1958, 1, 1).plusDays(rnd.nextInt(40 * 365));
                String idNumber;
                do {
                    int sequence = rnd.nextInt(500) * 2 + (male ? 1 : 0);
                    idNumber = IdNumber.complete(pick(rnd, DemoVocabulary.REGIONS)
                            + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence));
                } while (!ids.add(idNumber));
                int registered = rnd.nextDouble() < 0.65 ? start - 1 - rnd.nextInt(730) : between(rnd, start, end);
                String status = "ACTIVE";
                int left = NEVER;
                double r = rnd.nextDouble();
                if (r < 0.05) {
                    status = r < 0.03 ? "MOVED_OUT" : "TRANSFERRED";
                    left = between(rnd, Math.max(registered + 1, start), end);
                    if (left > end) {
                        status = "ACTIVE";
                        left = NEVER;
                    }
                }
                String unit = pick(rnd, DemoVocabulary.WORK_UNITS);
                memberCommunity[i] = community;
                memberRegistered[i] = registered;
                memberLeft[i] = left;
                memberNames[i] = name;
                sink.member(i + 1, community + 1, name, idNumber, male ? "M" : "F", birth, mobile(rnd), unit,
                        unit + "第" + (1 + rnd.nextInt(4)) + "党支部", day(registered), status,
                        left == NEVER ? null : day(left));
                int skillCount = rnd.nextInt(3);
                int first = rnd.nextInt(DemoVocabulary.SKILLS.size());
                for (int s = 0; s < skillCount; s++) {
                    sink.memberSkill(i + 1, DemoVocabulary.SKILLS.get((first + s * 3) % DemoVocabulary.SKILLS.size()));
                    skills++;
                }
            }
            communityMembers = groupBy(memberCommunity, spec.communities());
            counted("member", n);
            counted("member_skill", skills);
        }

        /** A member of {@code community} serving on {@code date}, or -1 when there is none. */
        private int memberServing(SplittableRandom rnd, int community, int date) {
            int[] candidates = communityMembers[community];
            if (candidates.length == 0) {
                return -1;
            }
            for (int attempt = 0; attempt < 8; attempt++) {
                int m = candidates[rnd.nextInt(candidates.length)];
                if (memberRegistered[m] <= date && memberLeft[m] > date) {
                    return m;
                }
            }
            return -1;
        }

        // ---------------------------------------------------------------- households

        private void households(SplittableRandom rnd) throws SQLException {
            step("household");
            int n = spec.households();
            householdCommunity = new int[n];
            long categories = 0;
            for (int i = 0; i < n; i++) {
                int community = rnd.nextInt(spec.communities());
                householdCommunity[i] = community;
                int floor = 1 + rnd.nextInt(18);
                String phone = switch (rnd.nextInt(5)) {
                    case 0 -> null;
                    case 1 -> DemoVocabulary.LANDLINE_AREA + (5 + rnd.nextInt(4)) + digits(rnd, 6);
                    default -> mobile(rnd);
                };
                sink.household(i + 1, community + 1, personName(rnd, DemoVocabulary.GIVEN_ELDER),
                        String.valueOf(1 + rnd.nextInt(40)), String.valueOf(1 + rnd.nextInt(6)),
                        floor + String.format("%02d", 1 + rnd.nextInt(4)), phone, 1 + rnd.nextInt(5));
                int first = rnd.nextInt(DemoVocabulary.HOUSEHOLD_CATEGORIES.size() - 1);
                int count = rnd.nextDouble() < 0.3 ? 2 : 1;
                for (int c = 0; c < count; c++) {
                    sink.householdCategory(i + 1, DemoVocabulary.HOUSEHOLD_CATEGORIES.get((first + c) % 5));
                    categories++;
                }
            }
            communityHouseholds = groupBy(householdCommunity, spec.communities());
            counted("household", n);
            counted("household_category", categories);
        }

        // ---------------------------------------------------------------- teams

        private void teams(SplittableRandom rnd) throws SQLException {
            step("team");
            List<int[]> members = new ArrayList<>();
            IntList community = new IntList();
            IntList teamEnds = new IntList();
            IntList teamStarts = new IntList();
            long teamMemberRows = 0;
            for (int c = 0; c < spec.communities(); c++) {
                int[] candidates = communityMembers[c];
                if (candidates.length < 3) {
                    continue;
                }
                int teams = 3 + rnd.nextInt(6);
                Map<String, Integer> used = new LinkedHashMap<>();
                for (int t = 0; t < teams; t++) {
                    String specialty = pick(rnd, DemoVocabulary.TEAM_SPECIALTIES);
                    int nth = used.merge(specialty, 1, Integer::sum);
                    String name = specialty + "志愿服务" + (nth == 1 ? "" : chineseNumber(nth)) + "队";
                    int founded = rnd.nextDouble() < 0.8 ? start - 1 - rnd.nextInt(1000) : between(rnd, start, end);
                    boolean disbanded = rnd.nextDouble() < 0.05 && founded < end;
                    int disbandedOn = disbanded ? between(rnd, Math.max(founded + 1, start), end) : NEVER;
                    int[] team = sample(rnd, candidates, Math.min(candidates.length, 5 + rnd.nextInt(11)));
                    int id = community.size() + 1;
                    sink.team(id, c + 1, name, specialty, team[0] + 1L, day(founded), disbanded ? "DISBANDED" : "ACTIVE",
                            disbanded ? day(disbandedOn) : null);
                    for (int m : team) {
                        sink.teamMember(id, m + 1L, day(Math.max(founded, memberRegistered[m])));
                        teamMemberRows++;
                    }
                    members.add(team);
                    community.add(c);
                    teamEnds.add(disbandedOn);
                    teamStarts.add(founded);
                }
            }
            teamMembers = members.toArray(new int[0][]);
            teamCommunity = community.toArray();
            teamEnd = teamEnds.toArray();
            teamFounded = teamStarts.toArray();
            communityTeams = groupBy(teamCommunity, spec.communities());
            counted("team", teamCommunity.length);
            counted("team_member", teamMemberRows);
        }

        // ---------------------------------------------------------------- posts and their claims

        private void posts(SplittableRandom rnd) throws SQLException {
            step("service_post");
            int postId = 0;
            for (int c = 0; c < spec.communities(); c++) {
                int[] candidates = communityMembers[c];
                int posts = 5 + rnd.nextInt(5);
                Map<String, Integer> used = new LinkedHashMap<>();
                for (int p = 0; p < posts; p++) {
                    String category = pick(rnd, DemoVocabulary.POST_CATEGORIES);
                    int nth = used.merge(category, 1, Integer::sum);
                    String name = category + "岗" + (nth == 1 ? "" : "（" + chineseNumber(nth) + "）");
                    int people = 1 + rnd.nextInt(3);
                    postId++;
                    sink.servicePost(postId, c + 1, name, category, "负责" + category + "方面的居民服务", people);
                    int claims = Math.min(candidates.length, 1 + rnd.nextInt(people + 1));
                    for (int m : sample(rnd, candidates, claims)) {
                        int claimed = Math.max(memberRegistered[m], between(rnd, start - 365, end));
                        if (claimed > end || memberLeft[m] <= claimed) {
                            continue;
                        }
                        LocalDate commitment = rnd.nextDouble() < 0.85 ? day(Math.min(end, claimed + rnd.nextInt(8))) : null;
                        int ended = memberLeft[m] != NEVER ? memberLeft[m]
                                : rnd.nextDouble() < 0.12 && claimed < end ? between(rnd, claimed + 1, end) : NEVER;
                        claimMember.add(m);
                        claimCommunity.add(c);
                        claimStart.add(claimed);
                        claimEnd.add(ended);
                        sink.postClaim(claimMember.size(), postId, m + 1L, day(claimed), commitment,
                                ended == NEVER ? null : day(ended));
                    }
                }
            }
            counted("service_post", postId);
            counted("post_claim", claimMember.size());
        }

        // ---------------------------------------------------------------- pairings, visits, real things done

        private void pairingsAndVisits(SplittableRandom rnd) throws SQLException {
            step("pairing");
            for (int h = 0; h < householdCommunity.length; h++) {
                if (rnd.nextDouble() >= 0.8) {
                    continue;
                }
                int c = householdCommunity[h];
                int startDay = rnd.nextDouble() < 0.7 ? start - 1 - rnd.nextInt(700) : between(rnd, start, end);
                int m = memberServing(rnd, c, startDay);
                if (m < 0) {
                    continue;
                }
                int endDay = memberLeft[m] != NEVER ? memberLeft[m]
                        : rnd.nextDouble() < 0.1 && startDay + 30 < end ? between(rnd, startDay + 30, end) : NEVER;
                pairMember.add(m);
                pairHousehold.add(h);
                pairStart.add(startDay);
                pairEnd.add(endDay);
                sink.pairing(pairMember.size(), c + 1, m + 1L, h + 1L, day(startDay), endDay == NEVER ? null : day(endDay),
                        endDay == NEVER ? null : memberLeft[m] == endDay ? "党员迁出" : "帮扶对象情况好转");
            }
            counted("pairing", pairMember.size());

            step("visit");
            long visitId = 0;
            long visitMembers = 0;
            long helpId = 0;
            boolean[] visited = new boolean[householdCommunity.length];
            for (int p = 0; p < pairMember.size(); p++) {
                int m = pairMember.get(p);
                int h = pairHousehold.get(p);
                int c = householdCommunity[h];
                for (Quarter q : quarters) {
                    int from = Math.max((int) q.firstDay().toEpochDay(), pairStart.get(p));
                    int to = Math.min((int) q.lastDay().toEpochDay(), pairEnd.get(p) == NEVER ? end : pairEnd.get(p) - 1);
                    if (from > to) {
                        continue;
                    }
                    double r = rnd.nextDouble();
                    int visits = r < 0.12 ? 0 : r < 0.8 ? 1 : 2;
                    for (int v = 0; v < visits; v++) {
                        int date = between(rnd, from, to);
                        visitId++;
                        visited[h] = true;
                        sink.visit(visitId, h + 1L, (long) p + 1, day(date), pick(rnd, DemoVocabulary.VISIT_NOTES));
                        sink.visitMember(visitId, m + 1L);
                        visitMembers++;
                        event(VISIT, m, c, date, visitId, 0);
                        if (rnd.nextDouble() < 0.2) {
                            int other = memberServing(rnd, c, date);
                            if (other >= 0 && other != m) {
                                sink.visitMember(visitId, other + 1L);
                                visitMembers++;
                                event(VISIT, other, c, date, visitId, 0);
                            }
                        }
                        if (rnd.nextDouble() < 0.4) {
                            helpId++;
                            help(rnd, helpId, m, c, h, p, date);
                        }
                    }
                }
            }
            // Households without a pair are still visited now and then.
            for (int h = 0; h < householdCommunity.length; h++) {
                if (visited[h] || rnd.nextDouble() >= 0.4) {
                    continue;
                }
                int c = householdCommunity[h];
                int date = between(rnd, start, end);
                int m = memberServing(rnd, c, date);
                if (m < 0) {
                    continue;
                }
                visitId++;
                sink.visit(visitId, h + 1L, null, day(date), pick(rnd, DemoVocabulary.VISIT_NOTES));
                sink.visitMember(visitId, m + 1L);
                visitMembers++;
                event(VISIT, m, c, date, visitId, 0);
            }
            counted("visit", visitId);
            counted("visit_member", visitMembers);
            counted("help_record", helpId);
        }

        private void help(SplittableRandom rnd, long helpId, int m, int c, int h, int p, int date) throws SQLException {
            DemoVocabulary.Help help = pick(rnd, DemoVocabulary.HELPS);
            BigDecimal amount = null;
            Long fundEntry = null;
            if (rnd.nextDouble() < 0.4) {
                amount = BigDecimal.valueOf(50 + rnd.nextInt(76) * 10L).setScale(2);
                // A help record with a value is also a funds/materials entry (the ledger is the single source of totals).
                fundEntry = fund(rnd, c, date, rnd.nextDouble() < 0.7 ? "MATERIAL" : "CASH", help.content(), null, amount,
                        "MEMBER", (long) m + 1, null, null, (long) h + 1, null, (long) p + 1);
            }
            sink.helpRecord(helpId, c + 1, m + 1L, (long) h + 1, (long) p + 1, null, day(date), help.content(),
                    help.category(), amount, fundEntry);
            event(HELP, m, c, date, helpId, 0);
        }

        // ---------------------------------------------------------------- wishes

        private void wishes(SplittableRandom rnd) throws SQLException {
            step("wish");
            int n = spec.wishes();
            int[] collectedDays = new int[n];
            for (int i = 0; i < n; i++) {
                collectedDays[i] = between(rnd, start, end);
            }
            Arrays.sort(collectedDays); // ids follow the order wishes came in
            long eventId = 0;
            long participants = 0;
            List<long[]> fundsToWrite = new ArrayList<>();
            int[] counts = new int[4];
            for (int i = 0; i < n; i++) {
                long id = i + 1;
                int c = rnd.nextInt(spec.communities());
                int collected = collectedDays[i];
                DemoVocabulary.WishText text = pick(rnd, DemoVocabulary.WISHES);
                int[] households = communityHouseholds[c];
                Long household = null;
                String resident = null;
                String residentPhone = null;
                if (households.length > 0 && rnd.nextDouble() < 0.7) {
                    household = households[rnd.nextInt(households.length)] + 1L;
                } else {
                    resident = personName(rnd, rnd.nextBoolean() ? DemoVocabulary.GIVEN_ELDER : DemoVocabulary.GIVEN_FEMALE);
                    residentPhone = rnd.nextDouble() < 0.8 ? mobile(rnd) : null;
                }
                BigDecimal estimate = text.value() == 0 ? null
                        : BigDecimal.valueOf(text.value() + rnd.nextInt(5) * 10L).setScale(2);
                String source = pick(rnd, List.of("HOME_VISIT", "FORUM", "DROP_IN", "PHONE", "OTHER"));
                LocalDate deadline = rnd.nextDouble() < 0.7 ? day(collected + 30 + rnd.nextInt(61)) : null;

                String status = "COLLECTED";
                Integer claimed = null;
                Integer fulfilled = null;
                Integer cancelled = null;
                int claimant = -1;
                int team = -1;
                if (rnd.nextDouble() < 0.04) {
                    int on = collected + 1 + rnd.nextInt(20);
                    if (on <= end) {
                        cancelled = on;
                        status = "CANCELLED";
                    }
                }
                if (cancelled == null) {
                    int claimDay = collected + (int) Math.round(-Math.log(1 - rnd.nextDouble()) * 10);
                    if (claimDay <= end && rnd.nextDouble() < 0.9) {
                        int[] teams = communityTeams[c];
                        if (teams.length > 0 && rnd.nextDouble() < 0.15) {
                            int t = teams[rnd.nextInt(teams.length)];
                            if (teamEnd[t] > claimDay && teamFounded[t] <= claimDay) {
                                team = t;
                            }
                        }
                        if (team < 0) {
                            claimant = memberServing(rnd, c, claimDay);
                        }
                        if (team >= 0 || claimant >= 0) {
                            claimed = claimDay;
                            status = "CLAIMED";
                            int fulfilDay = claimDay + (int) Math.round(-Math.log(1 - rnd.nextDouble()) * 18);
                            if (fulfilDay <= end && rnd.nextDouble() < 0.92) {
                                fulfilled = fulfilDay;
                                status = "FULFILLED";
                            }
                        }
                    }
                }
                BigDecimal actual = fulfilled != null && estimate != null
                        ? estimate.add(BigDecimal.valueOf(rnd.nextInt(7) * 10L - 30)).max(BigDecimal.TEN).setScale(2) : null;
                sink.wish(id, c + 1, household, resident, residentPhone, text.content(), text.category(), estimate, source,
                        day(collected), deadline, status, claimant >= 0 ? claimant + 1L : null, team >= 0 ? team + 1L : null,
                        claimed == null ? null : day(claimed), fulfilled == null ? null : day(fulfilled),
                        fulfilled == null ? null : pick(rnd, DemoVocabulary.FULFILMENT_NOTES), actual,
                        cancelled == null ? null : pick(rnd, DemoVocabulary.CANCEL_REASONS));
                counts[switch (status) {
                    case "COLLECTED" -> 0;
                    case "CLAIMED" -> 1;
                    case "FULFILLED" -> 2;
                    default -> 3;
                }]++;
                sink.wishEvent(++eventId, id, at(collected, rnd), null, "COLLECTED", DemoVocabulary.OPERATOR, null, null, null);
                Long memberRef = claimant >= 0 ? claimant + 1L : null;
                Long teamRef = team >= 0 ? team + 1L : null;
                if (cancelled != null) {
                    sink.wishEvent(++eventId, id, at(cancelled, rnd), "COLLECTED", "CANCELLED", DemoVocabulary.OPERATOR,
                            null, null, null);
                }
                if (claimed != null) {
                    sink.wishEvent(++eventId, id, at(claimed, rnd), "COLLECTED", "CLAIMED", DemoVocabulary.OPERATOR,
                            memberRef, teamRef, null);
                }
                if (fulfilled != null) {
                    sink.wishEvent(++eventId, id, at(fulfilled, rnd), "CLAIMED", "FULFILLED", DemoVocabulary.OPERATOR,
                            memberRef, teamRef, null);
                    int[] helpers = team >= 0 ? sample(rnd, teamMembers[team], Math.min(teamMembers[team].length, 2 + rnd.nextInt(2)))
                            : new int[] {claimant};
                    for (int helper : helpers) {
                        sink.wishParticipant(id, helper + 1L);
                        participants++;
                        event(WISH, helper, c, fulfilled, id, 0);
                    }
                    if (actual != null && rnd.nextBoolean()) {
                        fundsToWrite.add(new long[] {c, fulfilled, actual.movePointRight(2).longValue(),
                                team >= 0 ? -1 - team : claimant, household == null ? 0 : household, id});
                    }
                }
            }
            counted("wish", n);
            counted("wish_event", eventId);
            counted("wish_participant", participants);
            LOG.info("Demo wishes: {} collected, {} claimed, {} fulfilled, {} cancelled", counts[0], counts[1], counts[2], counts[3]);
            sink.flush();
            for (long[] f : fundsToWrite) {
                boolean byTeam = f[3] < 0;
                fund(rnd, (int) f[0], (int) f[1], "MATERIAL", "微心愿物品", "1件", BigDecimal.valueOf(f[2], 2),
                        byTeam ? "TEAM" : "MEMBER", byTeam ? null : f[3] + 1, byTeam ? -f[3] : null, null,
                        f[4] == 0 ? null : f[4], f[5], null);
            }
        }

        // ---------------------------------------------------------------- funds

        private void donations(SplittableRandom rnd) throws SQLException {
            step("fund_entry");
            for (int c = 0; c < spec.communities(); c++) {
                LocalDate month = spec.firstQuarter().firstDay();
                for (int i = 0; i < 12; i++, month = month.plusMonths(1)) {
                    int entries = rnd.nextInt(3);
                    for (int e = 0; e < entries; e++) {
                        int date = (int) month.toEpochDay() + rnd.nextInt(month.lengthOfMonth());
                        boolean cash = rnd.nextDouble() < 0.6;
                        BigDecimal amount = BigDecimal.valueOf((2 + rnd.nextInt(199)) * 100L).setScale(2);
                        fund(rnd, c, date, cash ? "CASH" : "MATERIAL", cash ? "帮扶资金捐赠" : "慰问物资（米面油）",
                                cash ? null : (5 + rnd.nextInt(50)) + "份", amount, "ORGANISATION", null, null,
                                pick(rnd, DemoVocabulary.ORGANISATIONS), null, null, null);
                    }
                }
            }
            counted("fund_entry", nextFundId - 1);
        }

        /** Appends a ledger entry and, now and then, the entry reversing it (same date, counted negatively); its id. */
        private long fund(SplittableRandom rnd, int c, int date, String kind, String description, String quantity,
                          BigDecimal amount, String donorKind, Long donorMember, Long donorTeam, String donorName,
                          Long household, Long wish, Long pairing) throws SQLException {
            long id = nextFundId++;
            sink.fundEntry(id, c + 1, day(date), kind, description, quantity, amount, donorKind, donorMember, donorTeam,
                    donorName, household, wish, pairing, null, null, DemoVocabulary.OPERATOR);
            if (rnd.nextDouble() < 0.015) {
                sink.fundEntry(nextFundId++, c + 1, day(date), kind, description, quantity, amount, donorKind, donorMember,
                        donorTeam, donorName, household, wish, pairing, id, DemoVocabulary.FUND_REVERSAL_REASON,
                        DemoVocabulary.OPERATOR);
            }
            return id;
        }

        // ---------------------------------------------------------------- team activities

        private void activities(SplittableRandom rnd) throws SQLException {
            step("team_activity");
            long activityId = 0;
            long participants = 0;
            for (int t = 0; t < teamCommunity.length; t++) {
                LocalDate month = spec.firstQuarter().firstDay();
                for (int i = 0; i < 12; i++, month = month.plusMonths(1)) {
                    int activities = 1 + rnd.nextInt(2);
                    for (int a = 0; a < activities; a++) {
                        int date = (int) month.toEpochDay() + rnd.nextInt(month.lengthOfMonth());
                        if (date >= teamEnd[t] || date < teamFounded[t]) {
                            continue;
                        }
                        int halfHours = 2 + rnd.nextInt(7);
                        activityId++;
                        sink.teamActivity(activityId, t + 1L, day(date), pick(rnd, DemoVocabulary.ACTIVITY_TITLES),
                                BigDecimal.valueOf(halfHours, 0).divide(BigDecimal.valueOf(2)).setScale(2));
                        int[] team = teamMembers[t];
                        for (int m : sample(rnd, team, Math.min(team.length, 3 + rnd.nextInt(6)))) {
                            if (memberRegistered[m] > date || memberLeft[m] <= date) {
                                continue;
                            }
                            sink.activityParticipant(activityId, m + 1L);
                            participants++;
                            event(ACTIVITY, m, teamCommunity[t], date, activityId, halfHours);
                        }
                    }
                }
            }
            counted("team_activity", activityId);
            counted("team_activity_participant", participants);
        }

        // ---------------------------------------------------------------- the passbook

        /**
         * Exactly {@code records} passbook entries: the deeds above (thinned out when there are more than fit), post
         * duties to fill up, a few manual adjustments, and reversals of earlier entries. Written in date order.
         */
        private void serviceRecords(SplittableRandom rnd) throws SQLException {
            step("service_record");
            int total = spec.records();
            int reversals = total / 300;
            int adjustments = total / 200;
            int base = total - reversals - adjustments;
            int deeds = eventKind.size();
            double keep = deeds == 0 ? 0 : Math.min(1.0, base * 0.85 / deeds);
            IntList chosen = new IntList();
            for (int e = 0; e < deeds && chosen.size() < base; e++) {
                if (rnd.nextDouble() < keep) {
                    chosen.add(e);
                }
            }
            int misses = 0;
            while (chosen.size() < base + adjustments) {
                int date = between(rnd, start, end);
                if (chosen.size() < base && claimMember.size() > 0 && misses < 1000) {
                    // The date first, then a claim running on it: duties spread evenly over the four quarters.
                    int claim = rnd.nextInt(claimMember.size());
                    int tries = 0;
                    while ((claimStart.get(claim) > date || claimEnd.get(claim) <= date) && ++tries < 50) {
                        claim = rnd.nextInt(claimMember.size());
                    }
                    if (tries == 50) {
                        misses++; // no claim running on that date: try another date
                        continue;
                    }
                    misses = 0;
                    chosen.add(event(DUTY, claimMember.get(claim), claimCommunity.get(claim), date, claim + 1,
                            2 + rnd.nextInt(7)));
                } else {
                    int c = rnd.nextInt(spec.communities());
                    int m = memberServing(rnd, c, date);
                    if (m < 0) {
                        m = communityMembers[c][rnd.nextInt(communityMembers[c].length)];
                    }
                    chosen.add(event(ADJUST, m, c, date, 0, 0));
                }
            }
            long[] order = new long[chosen.size()];
            for (int i = 0; i < order.length; i++) {
                int e = chosen.get(i);
                order[i] = ((long) (eventDate.get(e) - start + 1000) << 32) | e;
            }
            Arrays.sort(order);

            float[][] quarterPoints = new float[4][memberCommunity.length];
            double reversalChance = order.length == 0 ? 0 : (double) reversals / order.length;
            long id = 0;
            int reversed = 0;
            for (int i = 0; i < order.length; i++) {
                int e = (int) order[i];
                long entry = ++id;
                BigDecimal points = write(rnd, entry, e);
                int q = quarterOf(eventDate.get(e));
                quarterPoints[q][eventMember.get(e)] += points.floatValue();
                boolean lastChance = order.length - i <= reversals - reversed;
                if (reversed < reversals && (lastChance || rnd.nextDouble() < reversalChance)) {
                    reversed++;
                    sink.serviceRecord(++id, eventCommunity.get(e) + 1, eventMember.get(e) + 1L, day(eventDate.get(e)),
                            "REVERSAL", "冲正第 " + entry + " 号记录", null, points.negate(), null, null, null, null, null,
                            entry, pick(rnd, DemoVocabulary.REVERSAL_REASONS), DemoVocabulary.OPERATOR);
                    quarterPoints[q][eventMember.get(e)] -= points.floatValue();
                }
            }
            counted("service_record", id);
            awards(quarterPoints);
        }

        /** Writes the passbook entry of event {@code e} and returns its points. */
        private BigDecimal write(SplittableRandom rnd, long id, int e) throws SQLException {
            int kind = eventKind.get(e);
            int link = eventLink.get(e);
            BigDecimal hours = eventHalfHours.get(e) == 0 ? null
                    : BigDecimal.valueOf(eventHalfHours.get(e)).divide(BigDecimal.valueOf(2)).setScale(2);
            ServiceKind serviceKind = switch (kind) {
                case VISIT -> ServiceKind.VISIT;
                case HELP -> ServiceKind.HELP_RECORD;
                case WISH -> ServiceKind.WISH_FULFILLED;
                case ACTIVITY -> ServiceKind.TEAM_ACTIVITY;
                case DUTY -> ServiceKind.POST_DUTY;
                default -> ServiceKind.ADJUSTMENT;
            };
            BigDecimal points;
            String description;
            String reason = null;
            if (serviceKind == ServiceKind.ADJUSTMENT) {
                int value = rnd.nextDouble() < 0.8 ? 1 + rnd.nextInt(10) : -(1 + rnd.nextInt(5));
                points = BigDecimal.valueOf(value).setScale(2);
                description = DemoVocabulary.ADJUSTMENT_TEXTS.get(value > 0 ? rnd.nextInt(2) : 2);
                reason = description;
            } else {
                PointsRule rule = pointRules.get(serviceKind);
                points = rule == null ? BigDecimal.ONE.setScale(2) : rule.pointsFor(hours);
                description = switch (serviceKind) {
                    case VISIT -> "入户走访";
                    case HELP_RECORD -> "为帮扶对象办实事";
                    case WISH_FULFILLED -> "兑现微心愿";
                    case TEAM_ACTIVITY -> "参加服务队活动";
                    default -> pick(rnd, DemoVocabulary.POST_DUTY_TEXTS);
                };
            }
            sink.serviceRecord(id, eventCommunity.get(e) + 1, eventMember.get(e) + 1L, day(eventDate.get(e)),
                    serviceKind.name(), description, hours, points,
                    serviceKind == ServiceKind.WISH_FULFILLED ? (long) link : null,
                    serviceKind == ServiceKind.HELP_RECORD ? (long) link : null,
                    serviceKind == ServiceKind.VISIT ? (long) link : null,
                    serviceKind == ServiceKind.TEAM_ACTIVITY ? (long) link : null,
                    serviceKind == ServiceKind.POST_DUTY ? (long) link : null,
                    null, reason, DemoVocabulary.OPERATOR);
            return points;
        }

        /** The three members with the most points in each community and quarter get a title. */
        private void awards(float[][] quarterPoints) throws SQLException {
            step("award");
            long id = 0;
            for (int q = 0; q < quarters.size(); q++) {
                float[] points = quarterPoints[q];
                for (int c = 0; c < spec.communities(); c++) {
                    int[] best = {-1, -1, -1};
                    for (int m : communityMembers[c]) {
                        if (points[m] <= 0) {
                            continue;
                        }
                        for (int rank = 0; rank < best.length; rank++) {
                            if (best[rank] < 0 || points[m] > points[best[rank]]) {
                                System.arraycopy(best, rank, best, rank + 1, best.length - rank - 1);
                                best[rank] = m;
                                break;
                            }
                        }
                    }
                    for (int rank = 0; rank < best.length; rank++) {
                        if (best[rank] >= 0) {
                            sink.award(++id, best[rank] + 1L, quarters.get(q).code(), DemoVocabulary.AWARD_TITLES.get(rank));
                        }
                    }
                }
            }
            counted("award", id);
        }

        // ---------------------------------------------------------------- helpers

        private int event(byte kind, int member, int community, int date, long link, int halfHours) {
            eventKind.add(kind);
            eventMember.add(member);
            eventCommunity.add(community);
            eventDate.add(date);
            eventLink.add((int) link);
            eventHalfHours.add(halfHours);
            return eventKind.size() - 1;
        }

        private int quarterOf(int date) {
            for (int q = quarters.size() - 1; q > 0; q--) {
                if (date >= quarters.get(q).firstDay().toEpochDay()) {
                    return q;
                }
            }
            return 0;
        }

        private static LocalDate day(int epochDay) {
            return LocalDate.ofEpochDay(epochDay);
        }

        private static OffsetDateTime at(int epochDay, SplittableRandom rnd) {
            return OffsetDateTime.of(day(epochDay), LocalTime.of(8 + rnd.nextInt(10), rnd.nextInt(60)), CHINA);
        }

        private static int between(SplittableRandom rnd, int from, int to) {
            return from >= to ? from : from + rnd.nextInt(to - from + 1);
        }

        private static <T> T pick(SplittableRandom rnd, List<T> list) {
            return list.get(rnd.nextInt(list.size()));
        }

        /** A name: a surname (frequent ones more often) and a given name. */
        private static String personName(SplittableRandom rnd, List<String> given) {
            double r = rnd.nextDouble();
            String surname = DemoVocabulary.SURNAMES.get((int) (r * r * DemoVocabulary.SURNAMES.size()));
            return surname + pick(rnd, given);
        }

        private static String mobile(SplittableRandom rnd) {
            return pick(rnd, DemoVocabulary.MOBILE_PREFIXES) + digits(rnd, 8);
        }

        private static String digits(SplittableRandom rnd, int count) {
            StringBuilder s = new StringBuilder(count);
            for (int i = 0; i < count; i++) {
                s.append((char) ('0' + rnd.nextInt(10)));
            }
            return s.toString();
        }

        private static String chineseNumber(int n) {
            String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
            return n <= 10 ? digits[n] : String.valueOf(n);
        }

        /** {@code count} distinct elements of {@code from}, in random order. */
        private static int[] sample(SplittableRandom rnd, int[] from, int count) {
            int[] copy = from.clone();
            for (int i = 0; i < count; i++) {
                int j = i + rnd.nextInt(copy.length - i);
                int t = copy[i];
                copy[i] = copy[j];
                copy[j] = t;
            }
            return Arrays.copyOf(copy, count);
        }

        private static <T> void shuffle(List<T> list, SplittableRandom rnd) {
            for (int i = list.size() - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                T t = list.get(i);
                list.set(i, list.get(j));
                list.set(j, t);
            }
        }

        /** For each group, the indexes of the elements that belong to it. */
        private static int[][] groupBy(int[] groupOf, int groups) {
            int[] sizes = new int[groups];
            for (int g : groupOf) {
                sizes[g]++;
            }
            int[][] result = new int[groups][];
            for (int g = 0; g < groups; g++) {
                result[g] = new int[sizes[g]];
            }
            int[] fill = new int[groups];
            for (int i = 0; i < groupOf.length; i++) {
                result[groupOf[i]][fill[groupOf[i]]++] = i;
            }
            return result;
        }
    }

    /** A growable list of ints without boxing. */
    private static final class IntList {
        private int[] values = new int[1024];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int get(int index) {
            return values[index];
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
