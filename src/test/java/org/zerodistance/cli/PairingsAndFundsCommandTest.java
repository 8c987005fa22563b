package org.zerodistance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import org.zerodistance.domain.DonorKind;
import org.zerodistance.domain.FundEntry;
import org.zerodistance.domain.FundEntryDraft;
import org.zerodistance.domain.FundKind;
import org.zerodistance.domain.HelpRecordDraft;
import org.zerodistance.domain.Pairing;
import org.zerodistance.domain.Quarter;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;
import org.zerodistance.testutil.PairingSeeds;

/** {@code pairings list} and {@code funds list}: exit codes and the JSON field names are a contract. */
class PairingsAndFundsCommandTest {

    private static final LocalDate TODAY = LocalDate.now();
    /** A whole quarter in the past, so no date is refused as lying in the future. */
    private static final Quarter LAST_QUARTER = Quarter.of(TODAY).previous();

    @TempDir
    Path folder;

    private AppPaths paths;
    private long pairingId;

    @BeforeEach
    void seed() throws Exception {
        Messages.setLanguage(Language.CHINESE);
        paths = new AppPaths(folder);
        try (AppContext context = AppContext.lock(paths)) {
            Services services = context.openDatabase();
            long east = PairingSeeds.community(services, "城东社区");
            long member = PairingSeeds.member(services, east, "张伟");
            long granny = PairingSeeds.household(services, east, "李秀英", "空巢老人");
            Pairing p = services.pairings().pair(member, granny, LAST_QUARTER.firstDay());
            pairingId = p.id();
            services.pairings().addHelpRecord(HelpRecordDraft.forPairing(p.id(), LAST_QUARTER.firstDay().plusDays(1), "送慰问金", null)
                    .withValue(new BigDecimal("300"), FundKind.CASH, null));
            services.pairings().addVisit(p.id(), LAST_QUARTER.firstDay().plusDays(2), null);
            services.funds().record(new FundEntryDraft(east, LAST_QUARTER.lastDay(), FundKind.MATERIAL, "米面油", "1套",
                    new BigDecimal("120.25"), DonorKind.ORGANISATION, null, null, "爱心超市", granny, null, null, null));
            FundEntry wrong = services.funds().record(new FundEntryDraft(east, LAST_QUARTER.lastDay(), FundKind.CASH, null, null,
                    new BigDecimal("1000"), DonorKind.ORGANISATION, null, null, "爱心超市", granny, null, null, null));
            services.funds().reverse(wrong.id(), "重复录入");
            // outside the quarter
            services.funds().record(new FundEntryDraft(east, LAST_QUARTER.firstDay().minusDays(1), FundKind.CASH, null, null,
                    new BigDecimal("7.00"), DonorKind.ORGANISATION, null, null, "街道办", granny, null, null, null));
            PairingSeeds.community(services, "城西社区");
        }
    }

    @Test
    void pairingsListJsonHasTheDocumentedFields() throws Exception {
        Result r = run("pairings", "list", "--community", "城东社区", "--json");
        assertEquals(0, r.code, r.err);
        JsonNode rows = Json.mapper().readTree(r.out);
        assertEquals(1, rows.size());
        JsonNode row = rows.get(0);
        assertEquals(List.of("id", "community", "member", "household", "address", "categories", "startDate", "endDate", "endReason",
                "active", "lastContact", "intervalDays", "overdue", "visits", "helpRecords", "helpValue"), names(row));
        assertEquals(pairingId, row.get("id").asLong());
        assertEquals("张伟", row.get("member").asText());
        assertEquals("李秀英", row.get("household").asText());
        assertEquals("空巢老人", row.get("categories").get(0).asText());
        assertEquals(LAST_QUARTER.firstDay().toString(), row.get("startDate").asText());
        assertTrue(row.get("endDate").isNull());
        assertTrue(row.get("active").asBoolean());
        assertEquals(LAST_QUARTER.firstDay().plusDays(2).toString(), row.get("lastContact").asText());
        assertEquals(30, row.get("intervalDays").asInt());
        assertTrue(row.get("overdue").asBoolean(), "last contact was more than 30 days ago");
        assertEquals(1, row.get("visits").asInt());
        assertEquals(1, row.get("helpRecords").asInt());
        assertTrue(row.get("helpValue").isTextual());
        assertEquals("300.00", row.get("helpValue").asText());
        assertFalse(r.out.contains("13812345678"), "no phone numbers");
    }

    @Test
    void pairingsListPrintsLinesAndRefusesAnUnknownCommunity() {
        Result text = run("pairings", "list", "--community", "城东社区");
        assertEquals(0, text.code);
        assertTrue(text.out.contains("张伟") && text.out.contains("李秀英"), text.out);
        assertEquals("[ ]", run("pairings", "list", "--community", "城西社区", "--json").out.strip());

        Result unknown = run("pairings", "list", "--community", "不存在社区");
        assertEquals(2, unknown.code);
        assertTrue(unknown.err.contains("不存在社区"), unknown.err);
        assertEquals(2, run("pairings", "list").code, "--community is required");
    }

    @Test
    void fundsListOfAQuarterHasEntriesAndExactTotalsAsTwoDecimalStrings() throws Exception {
        Result r = run("funds", "list", "--community", "城东社区", "--quarter", LAST_QUARTER.code(), "--json");
        assertEquals(0, r.code, r.err);
        JsonNode result = Json.mapper().readTree(r.out);
        assertEquals(List.of("community", "quarter", "from", "to", "entries", "totals"), names(result));
        assertEquals("城东社区", result.get("community").asText());
        assertEquals(LAST_QUARTER.code(), result.get("quarter").asText());
        assertEquals(LAST_QUARTER.firstDay().toString(), result.get("from").asText());
        assertEquals(LAST_QUARTER.lastDay().toString(), result.get("to").asText());
        JsonNode entries = result.get("entries");
        assertEquals(4, entries.size(), "help record entry, materials, the wrong entry and its reversal");
        assertEquals(List.of("id", "date", "kind", "description", "quantity", "amount", "signedAmount", "donorKind", "donor",
                "household", "wishId", "pairingId", "reversesId", "reversedBy", "reason", "note", "operator"), names(entries.get(0)));
        JsonNode help = entries.get(0);
        assertEquals("CASH", help.get("kind").asText());
        assertEquals("300.00", help.get("amount").asText());
        assertEquals("MEMBER", help.get("donorKind").asText());
        assertEquals("张伟", help.get("donor").asText());
        assertEquals(pairingId, help.get("pairingId").asLong());
        JsonNode reversal = entries.get(3);
        assertEquals("1000.00", reversal.get("amount").asText());
        assertEquals("-1000.00", reversal.get("signedAmount").asText());
        assertEquals(entries.get(2).get("id").asLong(), reversal.get("reversesId").asLong());
        assertEquals(reversal.get("id").asLong(), entries.get(2).get("reversedBy").asLong());
        assertEquals("重复录入", reversal.get("reason").asText());

        JsonNode totals = result.get("totals");
        assertEquals("300.00", totals.get("cash").asText());
        assertEquals("120.25", totals.get("materials").asText());
        assertEquals("420.25", totals.get("total").asText());
        assertTrue(totals.get("total").isTextual());
    }

    @Test
    void fundsListWithoutQuarterShowsEverythingAndRefusesABadQuarter() throws Exception {
        JsonNode all = Json.mapper().readTree(run("funds", "list", "--community", "城东社区", "--json").out);
        assertEquals(5, all.get("entries").size());
        assertTrue(all.get("quarter").isNull());
        assertEquals("427.25", all.get("totals").get("total").asText());

        Result text = run("funds", "list", "--community", "城东社区");
        assertEquals(0, text.code);
        assertTrue(text.out.contains("427.25"), text.out);

        Result bad = run("funds", "list", "--community", "城东社区", "--quarter", "2026Q5");
        assertEquals(2, bad.code);
        assertTrue(bad.err.contains("2026Q5"), bad.err);
        assertEquals(2, run("funds", "list", "--community", "无此社区").code);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(paths, args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
    }
}
