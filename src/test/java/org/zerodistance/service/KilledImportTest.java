package org.zerodistance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zerodistance.cli.CliRunner;
import org.zerodistance.persistence.Database;
import org.zerodistance.testutil.IdNumbers;
import org.zerodistance.testutil.MemberLists;
import org.zerodistance.testutil.SheetFiles;

/** A separate JVM killed (SIGKILL) in the middle of a large import leaves none of its rows after the database is reopened. */
class KilledImportTest {

    @TempDir
    Path data;
    @TempDir
    Path files;

    @Test
    void killedInTheMiddleOfAnImportLeavesTheDatabaseAsItWas() throws Exception {
        assertEquals(0, CliRunner.run(data, "communities", "add", "城东社区").exitCode());
        Path one = SheetFiles.sheet("s").row("姓名", "身份证号").row("先到者", IdNumbers.valid(999_999)).xlsx(files.resolve("one.xlsx"));
        assertEquals(0, CliRunner.run(data, "import-members", "--community", "城东社区", one.toString()).exitCode());
        Path big = new MemberLists(7).writeXlsx(files.resolve("big.xlsx"), 12_000);

        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                ImportUntilKilled.class.getName(), data.toString(), "城东社区", big.toString(), "5000"))
                .redirectErrorStream(true).start();
        int written = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("WRITTEN ")) {
                    written = Integer.parseInt(line.split(" ")[1]);
                    if (written >= 5000) {
                        break;
                    }
                }
            }
            assertTrue(written >= 5000, "the child wrote rows into its transaction before it was killed");
            Thread.sleep(3_000); // let H2 push the uncommitted pages to the file
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the program
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }

        try (Database reopened = Database.open(data.resolve("db"))) {
            int members = reopened.read(ctx -> ctx.fetchCount(org.jooq.impl.DSL.table("MEMBER")));
            int skills = reopened.read(ctx -> ctx.fetchCount(org.jooq.impl.DSL.table("MEMBER_SKILL")));
            assertEquals(1, members, "only the member imported before is there");
            assertEquals(0, skills);
        }
    }
}
