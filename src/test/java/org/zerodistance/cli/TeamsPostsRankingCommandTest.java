package org.zerodistance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zerodistance.app.AppPaths;
import org.zerodistance.domain.PostClaim;
import org.zerodistance.domain.PostDraft;
import org.zerodistance.domain.ServiceKind;
import org.zerodistance.domain.Team;
import org.zerodistance.domain.TeamActivityDraft;
import org.zerodistance.domain.TeamDraft;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;
import org.zerodistance.persistence.Database;
import org.zerodistance.service.Services;
import org.zerodistance.testutil.VolunteerSeed;

/** The ranking, teams list and posts list commands: output, JSON field names and exit codes. */
class TeamsPostsRankingCommandTest {

    // Every command here only reads, so one data folder seeded once serves all the tests.
    @TempDir
    static Path home;


    @BeforeEach
    void chinese() {
        Messages.setLanguage(Language.CHINESE);
    }

    @BeforeAll
    static void seed() throws Exception {
        AppPaths paths = new AppPaths(home);
        paths.createFolders();
        try (Database database = Database.open(paths.db())) {
            Services services = new Services(database);
            VolunteerSeed seed = new VolunteerSeed(services);
            long community = seed.community("城东社区").id();
            seed.community("城西社区");
            long zhang = seed.member(community, "张伟");
            long li = seed.member(community, "李娜");
            long wang = seed.member(community, "王芳");
            Team team = services.teams().create(new TeamDraft(community, "电器维修队", "电器维修", zhang,
                    LocalDate.of(2026, 1, 10), null, List.of(li)));
            services.teams().recordActivity(new TeamActivityDraft(team.id(), LocalDate.of(2026, 7, 4), "义务维修",
                    new BigDecimal("2"), null, List.of(zhang, li)));
            services.teams().create(new TeamDraft(community, "文艺队", "文艺", null, null, null, List.of(wang)));
            var post = services.posts().create(new PostDraft(community, "邻里调解岗", "民事调解", "调解邻里纠纷", 2));
            PostClaim claim = services.posts().claim(post.id(), wang, LocalDate.of(2026, 7, 1));
            services.posts().recordCommitment(claim.id(), LocalDate.of(2026, 7, 2));
            seed.entry(community, li, LocalDate.of(2026, 8, 1), ServiceKind.WISH_FULFILLED, null);
        }
    }

    private CliRunner.Result run(String... args) {
        return CliRunner.run(home, args);
    }

    @Test
    void rankingAsJsonNamesEveryField() throws Exception {
        CliRunner.Result result = run("ranking", "--community", "城东社区", "--quarter", "2026Q3", "--json");
        assertEquals(0, result.exitCode(), result.err());
        JsonNode root = Json.mapper().readTree(result.out());
        assertEquals("城东社区", root.get("community").asText());
        assertEquals("2026Q3", root.get("quarter").asText());
        assertEquals(10, root.get("top").asInt());
        JsonNode members = root.get("members");
        assertEquals(2, members.size());
        JsonNode first = members.get(0);
        List<String> fields = new ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("rank", "memberId", "name", "points", "fulfilledWishes", "top"), fields);
        assertEquals("李娜", first.get("name").asText(), "4 for the activity + 5 for the wish");
        assertEquals(0, new BigDecimal("9").compareTo(first.get("points").decimalValue()));
        assertEquals(1, first.get("fulfilledWishes").asInt());
        assertTrue(first.get("top").asBoolean());
        assertEquals(1, first.get("rank").asInt());
        assertEquals("张伟", members.get(1).get("name").asText());
    }

    @Test
    void rankingAsTextMarksTheTop() {
        CliRunner.Result result = run("ranking", "--community", "城东社区", "--quarter", "2026q3");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("城东社区 2026Q3 积分排名（前 10 名表彰）"), result.out());
        assertTrue(result.out().contains("1. 李娜　9 分　兑现心愿 1 个 ★"), result.out());
    }

    @Test
    void rankingRefusesAnUnknownCommunityOrABadQuarterWithExitCode2() {
        CliRunner.Result unknown = run("ranking", "--community", "不存在社区", "--quarter", "2026Q3");
        assertEquals(Cli.REFUSED, unknown.exitCode());
        assertTrue(unknown.err().contains("找不到名为“不存在社区”的社区"), unknown.err());
        CliRunner.Result badQuarter = run("ranking", "--community", "城东社区", "--quarter", "2026Q5");
        assertEquals(Cli.REFUSED, badQuarter.exitCode());
        assertTrue(badQuarter.err().contains("2026Q5"), badQuarter.err());
        CliRunner.Result missing = run("ranking", "--quarter", "2026Q3");
        assertEquals(Cli.REFUSED, missing.exitCode());
        assertTrue(missing.err().contains("--community"), missing.err());
    }

    @Test
    void teamsListAsJson() throws Exception {
        CliRunner.Result result = run("teams", "list", "--community", "城东社区", "--json");
        assertEquals(0, result.exitCode(), result.err());
        JsonNode teams = Json.mapper().readTree(result.out());
        assertEquals(2, teams.size());
        JsonNode repair = teams.get(0).get("name").asText().equals("电器维修队") ? teams.get(0) : teams.get(1);
        List<String> fields = new ArrayList<>();
        repair.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("id", "name", "specialty", "leader", "members", "foundedDate", "status", "disbandedDate",
                "activities", "lastActivityDate"), fields);
        assertEquals("电器维修", repair.get("specialty").asText());
        assertEquals("张伟", repair.get("leader").asText());
        assertEquals(2, repair.get("members").size());
        assertEquals("2026-01-10", repair.get("foundedDate").asText());
        assertEquals("ACTIVE", repair.get("status").asText());
        assertTrue(repair.get("disbandedDate").isNull());
        assertEquals(1, repair.get("activities").asInt());
        assertEquals("2026-07-04", repair.get("lastActivityDate").asText());
    }

    @Test
    void teamsListAsTextAndForACommunityWithoutTeams() {
        CliRunner.Result result = run("teams", "list", "--community", "城东社区");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("电器维修队　专长：电器维修　队长：张伟　队员 2 人　活动 1 次　活动中"), result.out());
        CliRunner.Result empty = run("teams", "list", "--community", "城西社区");
        assertEquals(0, empty.exitCode());
        assertTrue(empty.out().contains("城西社区还没有志愿服务队。"), empty.out());
        assertEquals(Cli.REFUSED, run("teams", "list", "--community", "无此社区", "--json").exitCode());
    }

    @Test
    void postsListAsJsonWithHolders() throws Exception {
        CliRunner.Result result = run("posts", "list", "--community", "城东社区", "--json");
        assertEquals(0, result.exitCode(), result.err());
        JsonNode posts = Json.mapper().readTree(result.out());
        assertEquals(1, posts.size());
        JsonNode post = posts.get(0);
        List<String> fields = new ArrayList<>();
        post.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("id", "name", "category", "description", "peopleNeeded", "openPlaces", "archived", "holders"), fields);
        assertEquals("邻里调解岗", post.get("name").asText());
        assertEquals("民事调解", post.get("category").asText());
        assertEquals(2, post.get("peopleNeeded").asInt());
        assertEquals(1, post.get("openPlaces").asInt());
        JsonNode holder = post.get("holders").get(0);
        List<String> holderFields = new ArrayList<>();
        holder.fieldNames().forEachRemaining(holderFields::add);
        assertEquals(List.of("memberId", "name", "claimedDate", "commitmentDate"), holderFields);
        assertEquals("王芳", holder.get("name").asText());
        assertEquals("2026-07-01", holder.get("claimedDate").asText());
        assertEquals("2026-07-02", holder.get("commitmentDate").asText());
    }

    @Test
    void postsListAsText() {
        CliRunner.Result result = run("posts", "list", "--community", "城东社区");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("邻里调解岗（民事调解）　在岗 1/2 人：王芳"), result.out());
        assertEquals(Cli.REFUSED, run("posts", "list").exitCode());
    }
}
