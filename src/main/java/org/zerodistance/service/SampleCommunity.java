package org.zerodistance.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.DomainException;
import org.zerodistance.domain.DonorKind;
import org.zerodistance.domain.FundEntryDraft;
import org.zerodistance.domain.FundKind;
import org.zerodistance.domain.HelpRecordDraft;
import org.zerodistance.domain.HouseholdDraft;
import org.zerodistance.domain.Member;
import org.zerodistance.domain.MemberDraft;
import org.zerodistance.domain.MemberStatus;
import org.zerodistance.domain.PostDraft;
import org.zerodistance.domain.QuarterDay;
import org.zerodistance.domain.TeamActivityDraft;
import org.zerodistance.domain.TeamDraft;
import org.zerodistance.domain.VisitDraft;
import org.zerodistance.domain.WishDraft;
import org.zerodistance.domain.WishFulfilment;
import org.zerodistance.domain.WishSource;
import org.zerodistance.persistence.Database;

/**
 * Loads the sample community shipped in {@code sample-data/sample-community.json} (packaged into the jar as
 * {@value #RESOURCE}) through the real services, so every rule, passbook point, funds entry and audit entry applies as if
 * a clerk had typed it. The whole load is one transaction ({@link Database#inOneTransaction}): a failure leaves nothing.
 * Dates in the file are {@link QuarterDay}s, so the data always covers the four quarters up to today.
 */
public final class SampleCommunity {

    private static final Logger LOG = LoggerFactory.getLogger(SampleCommunity.class);
    /** Where the file is on the class path. */
    public static final String RESOURCE = "/sample-data/sample-community.json";
    /** What the sample community is called (the file's {@code community}). */
    public static final String NAME = "和平社区";

    private final Database database;
    private final Auditor auditor;
    private final Supplier<LocalDate> today;

    public SampleCommunity(Database database, Auditor auditor) {
        this(database, auditor, LocalDate::now);
    }

    /** With "today" from {@code today} (tests fix it to try the first day of a quarter). */
    public SampleCommunity(Database database, Auditor auditor, Supplier<LocalDate> today) {
        this.database = database;
        this.auditor = auditor;
        this.today = today;
    }

    /** Hears how far the load is: {@code done} of {@code total} steps. */
    @FunctionalInterface
    public interface Monitor {
        void progress(int done, int total);
    }

    /** The community made and how many of each thing it holds, in the file's order. */
    public record Loaded(Community community, Map<String, Integer> counts) {
    }

    /** Loads the packaged sample community; refused when a community of that name exists. */
    public Loaded load(Monitor monitor) {
        try (InputStream in = SampleCommunity.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The sample community is missing from the program (" + RESOURCE + ")");
            }
            return load(in.readAllBytes(), monitor);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    /** Loads a sample community file's bytes (JSON as described in sample-data/README.md). */
    public Loaded load(byte[] json, Monitor monitor) {
        SampleFile file = parse(json);
        boolean exists = new CommunityService(database, auditor).list(true).stream()
                .anyMatch(c -> c.name().equals(file.community()));
        if (exists) {
            throw new ServiceException("sample.error.exists", file.community());
        }
        long started = System.nanoTime();
        Loaded loaded = database.inOneTransaction(() -> new Run(file, monitor).run());
        LOG.info("Sample community loaded: {} in {} ms", loaded.counts(), (System.nanoTime() - started) / 1_000_000);
        return loaded;
    }

    private static SampleFile parse(byte[] json) {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        try {
            SampleFile file = mapper.readValue(json, SampleFile.class);
            if (file.format() != 1 || file.community() == null) {
                throw new ServiceException("sample.error.format", "format " + file.format());
            }
            return file;
        } catch (JsonProcessingException e) {
            LOG.error("The sample community file could not be read", e);
            throw new ServiceException("sample.error.format", e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One load: services whose "today" follows the clock, moved to each event's date as its turn comes. */
    private final class Run {
        private final SampleFile file;
        private final Monitor monitor;
        private final LocalDate loadDay = today.get();
        private final MovableClock clock = new MovableClock(loadDay);
        private final Services at;
        private final Map<String, Long> members = new HashMap<>();
        private final Map<String, Long> households = new HashMap<>();
        private final Map<String, Long> teams = new HashMap<>();
        private final Map<String, Integer> counts = new LinkedHashMap<>();
        private final int total;
        private int done;
        private String step = "";

        Run(SampleFile file, Monitor monitor) {
            this.file = file;
            this.monitor = monitor;
            this.at = new Services(database, clock);
            this.total = 1 + file.members().size() + file.households().size() + file.teams().size() + file.posts().size()
                    + file.pairings().size() + file.householdVisits().size() + file.wishes().size() + file.funds().size()
                    + file.passbookAdjustments().size();
        }

        Loaded run() {
            try {
                return loadAll();
            } catch (DomainException e) {
                // a rule refused the file's data: say which item, keep the rule's own words in the log
                LOG.error("The sample community was refused at {}: {}", step, e.messageKey());
                throw e;
            }
        }

        private Loaded loadAll() {
            step = "community";
            Community community = at.communities().add(file.community());
            long c = community.id();
            tick();
            for (MemberData m : file.members()) {
                step = "member " + m.name();
                LocalDate registered = date(m.registered());
                Member member = at.members().add(c, new MemberDraft(m.name(), m.idNumber(), m.phone(), m.workUnit(),
                        m.partyBranch(), m.skills(), registered, MemberStatus.ACTIVE, null, m.notes()));
                members.put(m.name(), member.id());
                tick();
            }
            count("members", file.members().size());
            for (HouseholdData h : file.households()) {
                step = "household " + h.head();
                households.put(h.head(), at.households().add(c, new HouseholdDraft(h.head(), h.building(), h.unit(),
                        h.room(), h.phone(), h.categories(), h.people(), h.notes())).id());
                tick();
            }
            count("households", file.households().size());
            teams(c);
            posts(c);
            pairings();
            for (VisitData v : file.householdVisits()) {
                step = "visit " + v.household() + " " + v.date();
                at.households().addVisit(new VisitDraft(household(v.household()), date(v.date()),
                        v.visitors().stream().map(this::member).toList(), v.note(), null));
                tick();
            }
            count("householdVisits", file.householdVisits().size());
            wishes(c);
            funds(c);
            for (AdjustmentData a : file.passbookAdjustments()) {
                step = "adjustment " + a.member();
                at.passbook().adjust(member(a.member()), date(a.date()), a.points(), a.reason());
                tick();
            }
            count("passbookAdjustments", file.passbookAdjustments().size());
            for (MemberData m : file.members()) {
                if (m.movedOut() != null) {
                    step = "moved out " + m.name();
                    Member member = at.members().get(member(m.name()));
                    MemberDraft now = MemberDraft.of(member);
                    at.members().update(member.id(), new MemberDraft(now.name(), now.idNumber(), now.phone(), now.workUnit(),
                            now.partyBranch(), now.skills(), now.registrationDate(), MemberStatus.MOVED_OUT,
                            date(m.movedOut()), now.notes()));
                }
            }
            database.inTransactionDo(ctx -> auditor.record(ctx, AuditEntry.Action.IMPORT, "sample", c,
                    "sample community " + file.community() + " loaded: " + counts));
            return new Loaded(community, Collections.unmodifiableMap(counts));
        }

        private void teams(long c) {
            int activities = 0;
            for (TeamData t : file.teams()) {
                step = "team " + t.name();
                long id = at.teams().create(new TeamDraft(c, t.name(), t.specialty(), member(t.leader()), date(t.founded()),
                        t.notes(), t.members().stream().map(this::member).toList())).id();
                teams.put(t.name(), id);
                for (ActivityData a : list(t.activities())) {
                    step = "activity " + t.name() + " " + a.date();
                    at.teams().recordActivity(new TeamActivityDraft(id, date(a.date()), a.title(), a.hours(), a.description(),
                            a.participants().stream().map(this::member).toList()));
                    activities++;
                }
                tick();
            }
            count("teams", file.teams().size());
            count("teamActivities", activities);
        }

        private void posts(long c) {
            int claims = 0;
            int commitments = 0;
            int duties = 0;
            for (PostData p : file.posts()) {
                step = "post " + p.name();
                long postId = at.posts().create(new PostDraft(c, p.name(), p.category(), p.description(), p.peopleNeeded())).id();
                for (ClaimData claim : list(p.claims())) {
                    step = "post claim " + p.name() + " " + claim.member();
                    long claimId = at.posts().claim(postId, member(claim.member()), date(claim.claimed())).id();
                    claims++;
                    if (claim.commitment() != null) {
                        at.posts().recordCommitment(claimId, date(claim.commitment()));
                        commitments++;
                    }
                    for (DutyData d : list(claim.duties())) {
                        at.posts().recordDuty(claimId, date(d.date()), d.hours(), d.note());
                        duties++;
                    }
                    if (claim.ended() != null) {
                        at.posts().endClaim(claimId, date(claim.ended()));
                    }
                }
                tick();
            }
            count("posts", file.posts().size());
            count("postClaims", claims);
            count("commitments", commitments);
            count("postDuties", duties);
        }

        private void pairings() {
            int visits = 0;
            int help = 0;
            for (PairingData p : file.pairings()) {
                step = "pairing " + p.member() + " / " + p.household();
                long id = at.pairings().pair(member(p.member()), household(p.household()), date(p.start())).id();
                for (DatedNote v : list(p.visits())) {
                    at.pairings().addVisit(id, date(v.date()), v.note());
                    visits++;
                }
                for (HelpData h : list(p.help())) {
                    step = "help record " + p.member() + " " + h.date();
                    HelpRecordDraft draft = HelpRecordDraft.forPairing(id, date(h.date()), h.content(), h.category());
                    at.pairings().addHelpRecord(h.value() == null ? draft : draft.withValue(h.value(), h.kind(), h.quantity()));
                    help++;
                }
                if (p.end() != null) {
                    at.pairings().end(id, date(p.end()), p.endReason());
                }
                tick();
            }
            count("pairings", file.pairings().size());
            count("pairingVisits", visits);
            count("helpRecords", help);
        }

        private void wishes(long c) {
            for (WishData w : file.wishes()) {
                step = "wish " + w.content();
                LocalDate collected = date(w.collected());
                clock.moveTo(collected);
                long id = at.wishes().collect(new WishDraft(c, w.household() == null ? null : household(w.household()),
                        w.resident(), w.residentPhone(), w.content(), w.category(), w.estimate(), w.source(), collected,
                        w.deadline() == null ? null : date(w.deadline()))).id();
                if (w.claim() != null) {
                    claim(id, w.claim());
                }
                if (w.release() != null) {
                    clock.moveTo(date(w.release().date()));
                    at.wishes().release(id, w.release().note());
                }
                if (w.reclaim() != null) {
                    claim(id, w.reclaim());
                }
                if (w.fulfil() != null) {
                    FulfilData f = w.fulfil();
                    clock.moveTo(date(f.date()));
                    at.wishes().fulfil(id, new WishFulfilment(date(f.date()), f.note(), f.value(), Boolean.TRUE.equals(f.cash()),
                            list(f.participants()).stream().map(this::member).toList()));
                }
                if (w.cancel() != null) {
                    clock.moveTo(date(w.cancel().date()));
                    at.wishes().cancel(id, w.cancel().reason());
                }
                clock.moveTo(loadDay);
                tick();
            }
            count("wishes", file.wishes().size());
        }

        private void claim(long wishId, ClaimBy by) {
            clock.moveTo(date(by.date()));
            if (by.team() != null) {
                at.wishes().claimByTeam(wishId, team(by.team()), by.note());
            } else {
                at.wishes().claimByMember(wishId, member(by.member()), by.note());
            }
        }

        private void funds(long c) {
            int reversals = 0;
            for (FundData f : file.funds()) {
                step = "funds " + f.description() + " " + f.date();
                DonorKind donor = f.member() != null ? DonorKind.MEMBER : f.team() != null ? DonorKind.TEAM : DonorKind.ORGANISATION;
                long id = at.funds().record(new FundEntryDraft(c, date(f.date()), f.kind(), f.description(), f.quantity(),
                        f.amount(), donor, f.member() == null ? null : member(f.member()), f.team() == null ? null : team(f.team()),
                        f.organisation(), f.household() == null ? null : household(f.household()), null, null, f.note())).id();
                if (f.reversed() != null) {
                    at.funds().reverse(id, f.reversed());
                    reversals++;
                }
                tick();
            }
            count("fundEntries", file.funds().size());
            count("fundReversals", reversals);
        }

        private LocalDate date(String text) {
            return QuarterDay.parse(text).on(loadDay);
        }

        private long member(String name) {
            return known(members, name, "member");
        }

        private long household(String head) {
            return known(households, head, "household");
        }

        private long team(String name) {
            return known(teams, name, "team");
        }

        private long known(Map<String, Long> ids, String name, String what) {
            Long id = ids.get(name);
            if (id == null) {
                throw new ServiceException("sample.error.unknown", what, name);
            }
            return id;
        }

        private void count(String what, int n) {
            counts.put(what, n);
        }

        private void tick() {
            monitor.progress(++done, total);
        }
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }

    /** A clock standing at noon of the day it was last moved to. */
    private static final class MovableClock extends Clock {
        private final ZoneId zone = ZoneId.systemDefault();
        private volatile LocalDate day;

        MovableClock(LocalDate day) {
            this.day = day;
        }

        void moveTo(LocalDate date) {
            this.day = date;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return day.atTime(LocalTime.NOON).atZone(zone).toInstant();
        }
    }

    // ---- the file's shape (see sample-data/README.md) ----------------------------------------------------------------

    record SampleFile(int format, String community, List<MemberData> members, List<HouseholdData> households,
                      List<VisitData> householdVisits, List<TeamData> teams, List<PostData> posts, List<PairingData> pairings,
                      List<WishData> wishes, List<FundData> funds, List<AdjustmentData> passbookAdjustments) {
        SampleFile {
            members = list(members);
            households = list(households);
            householdVisits = list(householdVisits);
            teams = list(teams);
            posts = list(posts);
            pairings = list(pairings);
            wishes = list(wishes);
            funds = list(funds);
            passbookAdjustments = list(passbookAdjustments);
        }
    }

    record MemberData(String name, String idNumber, String phone, String workUnit, String partyBranch, List<String> skills,
                      String registered, String movedOut, String notes) {
    }

    record HouseholdData(String head, String building, String unit, String room, String phone, List<String> categories,
                         int people, String notes) {
    }

    record VisitData(String household, String date, List<String> visitors, String note) {
    }

    record TeamData(String name, String specialty, String leader, String founded, List<String> members, String notes,
                    List<ActivityData> activities) {
    }

    record ActivityData(String date, String title, BigDecimal hours, String description, List<String> participants) {
    }

    record PostData(String name, String category, String description, int peopleNeeded, List<ClaimData> claims) {
    }

    record ClaimData(String member, String claimed, String commitment, String ended, List<DutyData> duties) {
    }

    record DutyData(String date, BigDecimal hours, String note) {
    }

    record PairingData(String member, String household, String start, String end, String endReason, List<DatedNote> visits,
                       List<HelpData> help) {
    }

    record DatedNote(String date, String note) {
    }

    record HelpData(String date, String content, String category, BigDecimal value, FundKind kind, String quantity) {
    }

    record WishData(String household, String resident, String residentPhone, String content, String category,
                    BigDecimal estimate, WishSource source, String collected, String deadline, ClaimBy claim,
                    DatedNote release, ClaimBy reclaim, FulfilData fulfil, CancelData cancel) {
    }

    record CancelData(String date, String reason) {
    }

    record ClaimBy(String member, String team, String date, String note) {
    }

    record FulfilData(String date, String note, BigDecimal value, Boolean cash, List<String> participants) {
    }

    record FundData(String date, FundKind kind, String description, String quantity, BigDecimal amount, String organisation,
                    String member, String team, String household, String note, String reversed) {
    }

    record AdjustmentData(String member, String date, BigDecimal points, String reason) {
    }
}
