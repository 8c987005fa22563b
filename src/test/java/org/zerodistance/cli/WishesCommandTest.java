package org.zerodistance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zerodistance.app.AppContext;
import org.zerodistance.app.AppPaths;
import org.zerodistance.domain.Wish;
import org.zerodistance.domain.WishFulfilment;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;
import org.zerodistance.service.WishService;
import org.zerodistance.testutil.WishFixtures;

/** {@code wishes list}: filters, text output, JSON field names, refusals and exit codes. */
class WishesCommandTest {

    @TempDir
    Path home;

    private AppPaths paths;
    private long household;
    private long plumber;
    private long teamId;

    @BeforeEach
    void seed() throws IOException {
        Messages.setLanguage(Language.CHINESE);
        paths = new AppPaths(home.resolve("data"));
        try (AppContext context = AppContext.lock(paths)) {
            Services services = context.openDatabase();
            services.settings().setOperator("测试员");
            WishService wishes = services.wishes();
            LocalDate today = wishes.today();
            WishFixtures in = WishFixtures.newCommunity(services, "城东社区");
            plumber = in.member("王师傅", "水电维修");
            long helper = in.member("李四");
            teamId = in.team("电器维修队", "电器维修", helper);
            household = in.household("李秀英", "3", "2", "401");
            // one waiting far too long, one claimed by a member, one fulfilled by the team, one cancelled
            wishes.collect(in.householdWish(household, "想要一台收音机", "生活物品", "80", today.minusDays(30)));
            Wish claimed = wishes.collect(in.wish("厨房水龙头漏水", "维修", today.minusDays(1)));
            wishes.claimByMember(claimed.id(), plumber, null);
            Wish fulfilled = wishes.collect(in.wish("冰箱不制冷", "维修", today.minusDays(2)));
            wishes.claimByTeam(fulfilled.id(), teamId, null);
            wishes.fulfil(fulfilled.id(), new WishFulfilment(today, "更换温控器", new BigDecimal("120"), false, List.of(helper)));
            Wish cancelled = wishes.collect(in.wish("想学电脑", "学习辅导", today));
            wishes.cancel(cancelled.id(), "居民搬走了");
            WishFixtures.newCommunity(services, "城西社区");
        }
    }

    private CliRunner.Result run(String... args) {
        return CliRunner.run(paths.home(), args);
    }

    private static List<JsonNode> json(CliRunner.Result result) throws IOException {
        JsonNode root = Json.mapper().readTree(result.out());
        assertTrue(root.isArray(), result.out());
        List<JsonNode> rows = new ArrayList<>();
        root.forEach(rows::add);
        return rows;
    }

    @Test
    void jsonListsEveryWishWithTheDocumentedFields() throws IOException {
        CliRunner.Result result = run("wishes", "list", "--community", "城东社区", "--json");
        assertEquals(0, result.exitCode(), result.err());
        List<JsonNode> rows = json(result);
        assertEquals(4, rows.size());
        List<String> expected = List.of("id", "community", "status", "resident", "householdId", "address", "content", "category",
                "source", "estimatedValue", "collectedDate", "deadline", "claimantKind", "claimantId", "claimantName",
                "claimedDate", "fulfilledDate", "actualValue", "fulfilmentNote", "cancelReason", "overdue", "overdueReason");
        List<String> names = new ArrayList<>();
        rows.get(0).fieldNames().forEachRemaining(names::add);
        assertEquals(expected, names);
        assertFalse(result.out().contains("13900001111"), "phones stay out of the output");

        JsonNode radio = rows.stream().filter(r -> r.get("content").asText().equals("想要一台收音机")).findFirst().orElseThrow();
        assertEquals("collected", radio.get("status").asText());
        assertEquals("城东社区", radio.get("community").asText());
        assertEquals("李秀英", radio.get("resident").asText());
        assertEquals(household, radio.get("householdId").asLong());
        assertEquals("3栋2单元401", radio.get("address").asText());
        assertEquals("forum", radio.get("source").asText());
        assertEquals("80.00", radio.get("estimatedValue").asText());
        assertTrue(radio.get("claimantKind").isNull());
        assertTrue(radio.get("overdue").asBoolean());
        assertEquals("unclaimed_too_long", radio.get("overdueReason").asText());

        JsonNode fridge = rows.stream().filter(r -> r.get("status").asText().equals("fulfilled")).findFirst().orElseThrow();
        assertEquals("team", fridge.get("claimantKind").asText());
        assertEquals(teamId, fridge.get("claimantId").asLong());
        assertEquals("电器维修队", fridge.get("claimantName").asText());
        assertEquals("120.00", fridge.get("actualValue").asText());
        assertEquals("更换温控器", fridge.get("fulfilmentNote").asText());
        assertTrue(fridge.get("householdId").isNull());
        assertEquals("王大爷", fridge.get("resident").asText());
        assertTrue(fridge.get("fulfilledDate").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
        assertFalse(fridge.get("overdue").asBoolean());
    }

    @Test
    void statusFilterKeepsOnlyThatStatus() throws IOException {
        for (String status : List.of("collected", "claimed", "fulfilled", "cancelled")) {
            List<JsonNode> rows = json(run("wishes", "list", "--community", "城东社区", "--status", status, "--json"));
            assertEquals(1, rows.size(), status);
            assertEquals(status, rows.get(0).get("status").asText());
        }
        JsonNode claimed = json(run("wishes", "list", "--community", "城东社区", "--status", "CLAIMED", "--json")).get(0);
        assertEquals("member", claimed.get("claimantKind").asText());
        assertEquals(plumber, claimed.get("claimantId").asLong());
        assertEquals("王师傅", claimed.get("claimantName").asText());
    }

    @Test
    void textOutputHasAHeaderAndOneLinePerWish() {
        CliRunner.Result result = run("wishes", "list", "--community", "城东社区", "--status", "claimed");
        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals(2, lines.size(), result.out());
        assertTrue(lines.get(0).startsWith("编号\t状态"));
        assertTrue(lines.get(1).contains("已认领") && lines.get(1).contains("厨房水龙头漏水") && lines.get(1).contains("王师傅"), lines.get(1));
    }

    @Test
    void anEmptyCommunitySaysSoAndSucceeds() throws IOException {
        CliRunner.Result text = run("wishes", "list", "--community", "城西社区");
        assertEquals(0, text.exitCode());
        assertEquals("没有符合条件的心愿。", text.out().strip());
        assertEquals(0, json(run("wishes", "list", "--community", "城西社区", "--json")).size());
    }

    @Test
    void anUnknownCommunityOrStatusIsRefusedWithExitCode2() {
        CliRunner.Result noCommunity = run("wishes", "list", "--community", "不存在社区");
        assertEquals(Cli.REFUSED, noCommunity.exitCode());
        assertTrue(noCommunity.err().contains("不存在社区"), noCommunity.err());
        CliRunner.Result badStatus = run("wishes", "list", "--community", "城东社区", "--status", "done");
        assertEquals(Cli.REFUSED, badStatus.exitCode());
        assertTrue(badStatus.err().contains("collected、claimed、fulfilled"), badStatus.err());
        CliRunner.Result missing = run("wishes", "list");
        assertEquals(Cli.REFUSED, missing.exitCode());
        assertTrue(missing.err().contains("--community"), missing.err());
    }
}
