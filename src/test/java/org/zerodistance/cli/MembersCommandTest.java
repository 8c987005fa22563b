package org.zerodistance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zerodistance.app.AppContext;
import org.zerodistance.app.AppPaths;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.domain.HouseholdDraft;
import org.zerodistance.domain.MemberDraft;
import org.zerodistance.domain.MemberStatus;
import org.zerodistance.domain.VisitDraft;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;
import org.zerodistance.persistence.AuditRepository;
import org.zerodistance.service.Services;

/** {@code members list} and {@code households list} through {@link Cli#run}: exit codes, JSON field names, masking. */
class MembersCommandTest {

    private static final String ID = "63010219800118123X";

    @TempDir
    Path folder;
    private AppPaths paths;

    @BeforeEach
    void seed() throws Exception {
        Messages.setLanguage(Language.CHINESE);
        paths = new AppPaths(folder);
        try (AppContext context = AppContext.lock(paths)) {
            Services services = context.openDatabase();
            long east = services.communities().add("城东社区").id();
            long west = services.communities().add("城西社区").id();
            long zhang = services.members().add(east, new MemberDraft("张伟", ID, "138 1234 5678", "市教育局", "第一党支部",
                    List.of("法律咨询", "水电维修"), LocalDate.of(2026, 3, 1), MemberStatus.ACTIVE, null, null)).id();
            services.members().add(east, new MemberDraft("王芳", "11010519491231002X", null, null, null, List.of(), null,
                    MemberStatus.ACTIVE, null, null));
            services.members().add(west, new MemberDraft("赵六", "630102198506151239", null, null, null, List.of(), null,
                    MemberStatus.ACTIVE, null, null));
            long visited = services.households().add(east, new HouseholdDraft("李秀英", "3", "2", "401", "0971-8123456",
                    List.of("空巢老人"), 2, null)).id();
            long zhou = services.households().add(east, new HouseholdDraft("周奶奶", "5", null, "102", null, List.of("独居老人"), 1, null)).id();
            services.households().addVisit(new VisitDraft(visited, LocalDate.now().minusDays(3), List.of(zhang), null, null));
            services.households().addVisit(new VisitDraft(zhou, LocalDate.now().minusDays(40), List.of(zhang), null, null));
        }
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(paths, args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
        JsonNode json() throws Exception {
            return Json.mapper().readTree(out);
        }
    }

    @Test
    void jsonHasExactlyTheContractFieldsMaskedByDefault() throws Exception {
        Result r = run("members", "list", "--community", "城东社区", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode rows = r.json();
        assertEquals(2, rows.size());
        JsonNode zhang = rows.get(0).get("name").asText().equals("张伟") ? rows.get(0) : rows.get(1);
        List<String> fields = new ArrayList<>();
        for (Iterator<String> it = zhang.fieldNames(); it.hasNext(); ) {
            fields.add(it.next());
        }
        assertEquals(List.of("idNumber", "name", "gender", "phone", "workUnit", "partyBranch", "skills", "registrationDate",
                "status", "community"), fields);
        assertEquals("630102********123X", zhang.get("idNumber").asText());
        assertEquals("138****5678", zhang.get("phone").asText());
        assertEquals("M", zhang.get("gender").asText());
        assertEquals("2026-03-01", zhang.get("registrationDate").asText());
        assertEquals("ACTIVE", zhang.get("status").asText());
        assertEquals("城东社区", zhang.get("community").asText());
        assertEquals(2, zhang.get("skills").size());
        assertTrue(zhang.get("skills").isArray());
        JsonNode wang = rows.get(0) == zhang ? rows.get(1) : rows.get(0);
        assertEquals("F", wang.get("gender").asText());
        assertTrue(wang.get("registrationDate").isNull());
        assertTrue(wang.get("phone").isNull());
        assertFalse(r.out().contains(ID));
    }

    @Test
    void unmaskShowsDigitsOnlyAndIsAudited() throws Exception {
        Result r = run("members", "list", "--community", "城东社区", "--json", "--unmask");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"" + ID + "\""));
        assertTrue(r.out().contains("\"13812345678\""), "phone as digits only");
        try (AppContext context = AppContext.lock(paths)) {
            AuditEntry last = context.openDatabase().database().read(ctx -> new AuditRepository().latest(ctx, 1)).get(0);
            assertEquals(AuditEntry.Action.REVEAL, last.action());
            assertTrue(last.summary().contains("城东社区"));
            assertFalse(last.summary().contains(ID));
        }
    }

    @Test
    void plainListIsMaskedAndCounted() {
        Result r = run("members", "list", "--community", "城东社区");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("630102********123X"));
        assertTrue(r.out().contains("共 2 条"));
        assertFalse(r.out().contains("赵六"), "another community's member is not listed");
    }

    @Test
    void unknownCommunityOrMissingOptionIsRefusedWithExitTwo() {
        Result unknown = run("members", "list", "--community", "不存在社区");
        assertEquals(Cli.REFUSED, unknown.code());
        assertTrue(unknown.err().contains("不存在社区"), unknown.err());
        assertEquals(Cli.REFUSED, run("members", "list").code());
        assertEquals(Cli.REFUSED, run("households", "list").code());
    }

    @Test
    void householdsJsonWithLastVisitAndOverdue() throws Exception {
        Result r = run("households", "list", "--community", "城东社区", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode rows = r.json();
        assertEquals(2, rows.size());
        JsonNode li = rows.get(0).get("headName").asText().equals("李秀英") ? rows.get(0) : rows.get(1);
        JsonNode zhou = rows.get(0) == li ? rows.get(1) : rows.get(0);
        assertEquals("3栋2单元401", li.get("address").asText());
        assertEquals("0971***3456", li.get("phone").asText());
        assertEquals("空巢老人", li.get("categories").get(0).asText());
        assertEquals(2, li.get("peopleCount").asInt());
        assertEquals(LocalDate.now().minusDays(3).toString(), li.get("lastVisit").asText());
        assertFalse(li.get("overdue").asBoolean());
        assertTrue(zhou.get("overdue").asBoolean(), "last visited 40 days ago, 独居老人 expects a visit every 30");
        assertEquals("城东社区", zhou.get("community").asText());

        Result overdue = run("households", "list", "--community", "城东社区", "--json", "--overdue");
        assertEquals(1, overdue.json().size());
        Result unmasked = run("households", "list", "--community", "城东社区", "--json", "--unmask");
        assertTrue(unmasked.out().contains("\"09718123456\""));
    }
}
