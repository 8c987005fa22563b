package org.zerodistance.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.zerodistance.persistence.Database;
import org.zerodistance.testutil.MemberLists;

/** Ways to write 100,000 members (with skills) into H2 in one transaction, measured side by side in one JVM. */
public final class InsertVariantsBenchmark {

    private InsertVariantsBenchmark() {
    }

    record M(String name, String id, String gender, LocalDate birth, String phone, String unit, String branch, List<String> skills, LocalDate reg) {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<String> variants = args.length > 1 ? List.of(args[1].split(",")) : List.of("keys", "lookup", "multi100", "sortedKeys", "multiSortedKeys");
        MemberLists lists = new MemberLists(42);
        List<M> members = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Object[] r = lists.member(i);
            String id = (String) r[2];
            String skills = (String) r[7];
            members.add(new M((String) r[1], id, r[3].equals("男") ? "M" : "F",
                    LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14))),
                    (String) r[4], (String) r[5], (String) r[6], skills.isEmpty() ? List.of() : List.of(skills.split("、")), (LocalDate) r[8]));
        }
        for (int round = 0; round < 1; round++) {
            for (String variant : variants) {
                Path dir = Files.createTempDirectory("insert-bench");
                try (Database db = Database.open(dir)) {
                    long community = db.inTransaction(ctx -> ctx.insertInto(org.jooq.impl.DSL.table("community"), org.jooq.impl.DSL.field("name"))
                            .values("c").returningResult(org.jooq.impl.DSL.field("id", Long.class)).fetchOne().value1());
                    String base = variant;
                    if (variant.contains("@")) {
                        base = variant.substring(0, variant.indexOf('@'));
                        String cache = variant.substring(variant.indexOf('@') + 1);
                        db.read(ctx -> ctx.execute("SET CACHE_SIZE " + cache));
                    }
                    String chosen = base;
                    long t = System.nanoTime();
                    db.inTransactionDo(ctx -> ctx.connection(c -> run(chosen, c, community, members)));
                    System.out.printf("%-16s %6d ms%n", variant, (System.nanoTime() - t) / 1_000_000);
                }
            }
        }
    }

    private static final String COLS = "(community_id, name, id_number, gender, birth_date, phone, work_unit, party_branch, registration_date, status)";
    private static final String ONE = "(?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE')";

    static void run(String variant, Connection c, long community, List<M> all) throws Exception {
        List<M> members = variant.contains("sorted") || variant.contains("Sorted")
                ? all.stream().sorted(Comparator.comparing(M::id)).toList() : all;
        switch (variant) {
            case "keys", "sortedKeys" -> keys(c, community, members);
            case "lookup" -> lookup(c, community, members);
            case "multi100" -> multi(c, community, members, 100);
            case "multiSortedKeys" -> multi(c, community, members, 100);
            default -> throw new IllegalArgumentException(variant);
        }
    }

    static void bind(PreparedStatement s, int base, long community, M m) throws Exception {
        s.setLong(base + 1, community);
        s.setString(base + 2, m.name());
        s.setString(base + 3, m.id());
        s.setString(base + 4, m.gender());
        s.setDate(base + 5, Date.valueOf(m.birth()));
        s.setString(base + 6, m.phone());
        s.setString(base + 7, m.unit());
        s.setString(base + 8, m.branch());
        s.setDate(base + 9, Date.valueOf(m.reg()));
    }

    static void keys(Connection c, long community, List<M> members) throws Exception {
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO member " + COLS + " VALUES " + ONE, new String[] {"ID"});
             PreparedStatement sk = c.prepareStatement("INSERT INTO member_skill (member_id, skill) VALUES (?, ?)")) {
            for (int from = 0; from < members.size(); from += 1000) {
                List<M> batch = members.subList(from, Math.min(members.size(), from + 1000));
                for (M m : batch) {
                    bind(ins, 0, community, m);
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
            }
        }
    }

    static void lookup(Connection c, long community, List<M> members) throws Exception {
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO member " + COLS + " VALUES " + ONE);
             PreparedStatement sk = c.prepareStatement("INSERT INTO member_skill (member_id, skill) SELECT id, ? FROM member WHERE id_number = ?")) {
            for (int from = 0; from < members.size(); from += 1000) {
                List<M> batch = members.subList(from, Math.min(members.size(), from + 1000));
                for (M m : batch) {
                    bind(ins, 0, community, m);
                    ins.addBatch();
                }
                ins.executeBatch();
                for (M m : batch) {
                    for (String s : m.skills()) {
                        sk.setString(1, s);
                        sk.setString(2, m.id());
                        sk.addBatch();
                    }
                }
                sk.executeBatch();
            }
        }
    }

    static void multi(Connection c, long community, List<M> members, int per) throws Exception {
        String sql = "INSERT INTO member " + COLS + " VALUES " + String.join(", ", java.util.Collections.nCopies(per, ONE));
        try (PreparedStatement ins = c.prepareStatement(sql, new String[] {"ID"});
             PreparedStatement one = c.prepareStatement("INSERT INTO member " + COLS + " VALUES " + ONE, new String[] {"ID"});
             PreparedStatement sk = c.prepareStatement("INSERT INTO member_skill (member_id, skill) VALUES (?, ?)")) {
            int i = 0;
            for (; i + per <= members.size(); i += per) {
                for (int k = 0; k < per; k++) {
                    bind(ins, k * 9, community, members.get(i + k));
                }
                ins.executeUpdate();
                try (ResultSet keys = ins.getGeneratedKeys()) {
                    for (int k = 0; k < per; k++) {
                        keys.next();
                        for (String s : members.get(i + k).skills()) {
                            sk.setLong(1, keys.getLong(1));
                            sk.setString(2, s);
                            sk.addBatch();
                        }
                    }
                }
                if (i % 1000 == 0) {
                    sk.executeBatch();
                }
            }
            for (; i < members.size(); i++) {
                bind(one, 0, community, members.get(i));
                one.executeUpdate();
            }
            sk.executeBatch();
        }
    }
}
