package org.zerodistance.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zerodistance.persistence.Database;
import org.zerodistance.testutil.MemberLists;

/**
 * Plain JDBC on the programme's own schema (Flyway-migrated file database): what writing 100,000 members and their
 * skills in one transaction costs with each set of indexes on {@code member}. The reference for the import's write.
 * Not a unit test. Arguments: [rows (100000)] [runs (3)] [variants, comma-separated (all)].
 * Each variant prepares a fresh database (the DDL of the variant runs before the timed transaction), then times one
 * transaction: members in JDBC batches of 1,000 with generated keys, skill rows per batch, commit.
 */
public final class IndexCostBenchmark {

    private IndexCostBenchmark() {
    }

    record M(String name, String id, String gender, LocalDate birth, String phone, String unit, String branch,
             List<String> skills, LocalDate reg) {
    }

    /** Variant name → DDL run on the fresh database before timing. */
    static final Map<String, List<String>> VARIANTS = new LinkedHashMap<>();
    private static final String V11_SKILL_INDEX = "CREATE INDEX ix_member_skill_skill ON member_skill (skill)";

    static {
        // Each variant's DDL runs on the schema as migrated (V12). V11: PK, unique ID number, the community foreign
        // key's index, ix_member_community, ix_member_archived_name on member; member_skill's PK, FK index, skill index.
        VARIANTS.put("v11", List.of(V11_SKILL_INDEX));
        // the indexes before V11: ix_member_community without the figures' columns, ix_member_figures, ix_member_registration
        VARIANTS.put("beforeV11", List.of("DROP INDEX ix_member_community",
                "CREATE INDEX ix_member_community ON member (community_id, archived, name)",
                "CREATE INDEX ix_member_registration ON member (community_id, registration_date)",
                "CREATE INDEX ix_member_figures ON member (community_id, archived, registration_date, status, status_date)",
                V11_SKILL_INDEX));
        // V11 without the quarter figures' columns in ix_member_community (what covering them costs the import)
        VARIANTS.put("v11narrow", List.of("DROP INDEX ix_member_community",
                "CREATE INDEX ix_member_community ON member (community_id, archived, name)", V11_SKILL_INDEX));
        // V11 without ix_member_archived_name (the all-communities first page of the Members screen)
        VARIANTS.put("v11noArchivedName", List.of("DROP INDEX ix_member_archived_name", V11_SKILL_INDEX));
        // V12: V11 without member_skill's index on the skill (read only by the skill list's usage count)
        VARIANTS.put("v12", List.of());
        // V12 without member_skill's foreign key (H2 gives it an index of its own beside the primary key)
        VARIANTS.put("v12noSkillFk", List.of("ALTER TABLE member_skill DROP CONSTRAINT fk_member_skill_member"));
        VARIANTS.put("pkUniqueFk", List.of("DROP INDEX ix_member_community", "DROP INDEX ix_member_archived_name"));
        VARIANTS.put("pkUnique", List.of("DROP INDEX ix_member_community", "DROP INDEX ix_member_archived_name",
                "ALTER TABLE member DROP CONSTRAINT fk_member_community"));
        VARIANTS.put("pkOnly", List.of("DROP INDEX ix_member_community", "DROP INDEX ix_member_archived_name",
                "ALTER TABLE member DROP CONSTRAINT fk_member_community", "ALTER TABLE member DROP CONSTRAINT uq_member_id_number"));
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> variants = args.length > 2 ? List.of(args[2].split(",")) : List.copyOf(VARIANTS.keySet());
        MemberLists lists = new MemberLists(42);
        List<M> members = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Object[] r = lists.member(i);
            String id = (String) r[2];
            String skills = (String) r[7];
            members.add(new M((String) r[1], id, r[3].equals("男") ? "M" : "F",
                    LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                            Integer.parseInt(id.substring(12, 14))),
                    (String) r[4], (String) r[5], (String) r[6], skills.isEmpty() ? List.of() : List.of(skills.split("、")),
                    (LocalDate) r[8]));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int run = 1; run <= runs; run++) {
            for (String variant : variants) {
                String[] parts = variant.split("@");
                String order = parts[0].contains("+") ? parts[0].substring(parts[0].indexOf('+') + 1) : "file";
                List<String> ddl = VARIANTS.get(parts[0].replaceAll("\\+.*", ""));
                List<M> rowsInOrder = switch (order) {
                    case "file" -> members;
                    case "byName" -> members.stream().sorted(java.util.Comparator.comparing(M::name)
                            .thenComparing(M::reg, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))).toList();
                    case "byId" -> members.stream().sorted(java.util.Comparator.comparing(M::id)).toList();
                    default -> throw new IllegalArgumentException(order);
                };
                if (ddl == null) {
                    throw new IllegalArgumentException(variant);
                }
                Path dir = Files.createTempDirectory("index-cost");
                long community;
                try (Database db = Database.open(dir)) {
                    community = db.inTransaction(ctx -> {
                        for (String statement : ddl) {
                            ctx.execute(statement);
                        }
                        return ctx.insertInto(org.jooq.impl.DSL.table("community"), org.jooq.impl.DSL.field("name"))
                                .values("c").returningResult(org.jooq.impl.DSL.field("id", Long.class)).fetchOne().value1();
                    });
                }
                // URL options (name=value) apply when the file is opened; SET statements (NAME:value) in the session
                StringBuilder url = new StringBuilder("jdbc:h2:file:" + dir.resolve(Database.FILE_NAME).toAbsolutePath()
                        + ";DB_CLOSE_ON_EXIT=FALSE");
                List<String> sets = new ArrayList<>();
                for (int i = 1; i < parts.length; i++) {
                    if (parts[i].contains("=")) {
                        url.append(';').append(parts[i]);
                    } else {
                        sets.add("SET " + parts[i].replace(':', ' '));
                    }
                }
                try (Connection c = DriverManager.getConnection(url.toString(), "sa", "")) {
                    for (String set : sets) {
                        try (Statement s = c.createStatement()) {
                            s.execute(set);
                        }
                    }
                    c.setAutoCommit(false);
                    long wall = System.nanoTime();
                    long cpu = threads.getCurrentThreadCpuTime();
                    long process = os.getProcessCpuTime();
                    long gc = ImportBenchmark.Probe.gcMillis();
                    insert(c, community, rowsInOrder);
                    c.commit();
                    System.out.printf("run %d %-40s wall %6d ms  thread CPU %6d ms  process CPU %6d ms  GC %5d ms%n", run, variant,
                            (System.nanoTime() - wall) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                            (os.getProcessCpuTime() - process) / 1_000_000, ImportBenchmark.Probe.gcMillis() - gc);
                    if (run == runs) {
                        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                                "SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME LIKE 'info.FILE_%'")) {
                            StringBuilder info = new StringBuilder("      ");
                            while (rs.next()) {
                                info.append(rs.getString(1).substring(5)).append('=').append(rs.getString(2)).append(' ');
                            }
                            System.out.println(info);
                        }
                    }
                }
            }
        }
    }

    private static final String INSERT = "INSERT INTO member (community_id, name, id_number, gender, birth_date, phone,"
            + " work_unit, party_branch, registration_date, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE')";

    static void insert(Connection c, long community, List<M> members) throws Exception {
        try (PreparedStatement ins = c.prepareStatement(INSERT, new String[] {"ID"});
             PreparedStatement sk = c.prepareStatement("INSERT INTO member_skill (member_id, skill) VALUES (?, ?)")) {
            for (int from = 0; from < members.size(); from += 1000) {
                List<M> batch = members.subList(from, Math.min(members.size(), from + 1000));
                for (M m : batch) {
                    ins.setLong(1, community);
                    ins.setString(2, m.name());
                    ins.setString(3, m.id());
                    ins.setString(4, m.gender());
                    ins.setDate(5, Date.valueOf(m.birth()));
                    ins.setString(6, m.phone());
                    ins.setString(7, m.unit());
                    ins.setString(8, m.branch());
                    ins.setDate(9, Date.valueOf(m.reg()));
                    ins.addBatch();
                }
                ins.executeBatch();
                try (ResultSet keys = ins.getGeneratedKeys()) {
                    for (M m : batch) {
                        keys.next();
                        for (String s : m.skills()) {
                            sk.setLong(1, keys.getLong(1));
                            sk.setString(2, s);
                            sk.addBatch();
                        }
                    }
                }
                sk.executeBatch();
                // -Dbench.commitEachBatch=true: what the one transaction costs against committing every batch (which
                // the import cannot do: a file goes in whole or not at all)
                if (Boolean.getBoolean("bench.commitEachBatch")) {
                    c.commit();
                }
            }
        }
    }
}
