package org.zerodistance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.DonorKind;
import org.zerodistance.domain.FundEntry;
import org.zerodistance.domain.FundEntryDraft;
import org.zerodistance.domain.FundKind;
import org.zerodistance.domain.HelpRecord;
import org.zerodistance.domain.PairingOverview;
import org.zerodistance.domain.Visit;
import org.zerodistance.domain.VisitDraft;
import org.zerodistance.service.Services;
import org.zerodistance.testutil.PairingSeeds;

/** The Pairings and Funds screens in the real window: pair, add a help record with a value, see it in the ledger; reverse. */
class PairingsFundsFxTest extends AppTestBase {

    private long household;

    @Override
    protected void beforeWindow(Services services) {
        long east = PairingSeeds.community(services, "城东社区");
        PairingSeeds.member(services, east, "张伟");
        household = PairingSeeds.household(services, east, "李秀英", "空巢老人");
        services.funds().record(new FundEntryDraft(east, LocalDate.now().minusDays(3), FundKind.CASH, null, null,
                new BigDecimal("5000"), DonorKind.ORGANISATION, null, null, "爱心超市", household, null, null, "春节慰问"));
    }

    @Test
    void pairAddAHelpRecordWithAValueAndSeeItInThePairingAndTheLedger() {
        openSection("pairings");
        chooseCommunity("城东社区");
        clickOn("#pairing-new");
        pick("#pair-member", "张伟");
        pick("#pair-household", "李秀英");
        clickOn("#pair-save");

        TableView<PairingOverview> pairings = find("#pairing-table");
        waitUntil(() -> pairings.getItems().size() == 1 && lookup("#pairing-add-help").tryQuery().isPresent());
        assertEquals("张伟", pairings.getItems().get(0).memberName());
        Label title = find("#pairing-detail-title");
        waitFor(() -> title.getText().contains("李秀英"), title::getText);

        clickOn("#pairing-add-help");
        clickOn("#help-content").write("送去大米和食用油");
        clickOn("#help-value").write("158.5");
        clickOn("#help-quantity").write("米1袋、油1桶");
        clickOn("#help-save");

        Label formError = find("#pairing-form-error");
        waitFor(() -> lookup("#pairing-help-table").tryQuery().isPresent(), formError::getText);
        TableView<HelpRecord> help = find("#pairing-help-table");
        waitFor(() -> help.getItems().size() == 1, () -> formError.getText() + " / rows " + help.getItems());
        assertEquals(new BigDecimal("158.50"), help.getItems().get(0).amount());
        TableView<FundEntry> pairingLedger = find("#pairing-fund-table");
        waitUntil(() -> pairingLedger.getItems().size() == 1);
        // the value shows in the pairing's detail (cells render on the next pulse, so wait for it)
        waitUntil(() -> lookup("158.50").tryQuery().isPresent());

        // the household's page shows what it received, and who visited
        PairingOverview pairing = pairings.getItems().get(0);
        services().households().addVisit(new VisitDraft(household, LocalDate.now(), List.of(pairing.pairing().memberId()), "认亲走访",
                pairing.pairing().id()));
        openSection("households");
        TableView<?> households = find("#household-table");
        waitUntil(() -> households.getItems().size() == 1);
        clickOn(lookup(".table-cell").match(LabeledMatchers.hasText("李秀英")).queryAs(javafx.scene.Node.class));
        ListView<String> received = find("#household-part-received");
        waitFor(() -> received.getItems().stream().anyMatch(l -> l.contains("送去大米和食用油") && l.contains("158.50") && l.contains("张伟")),
                () -> received.getItems().toString());
        assertTrue(received.getItems().stream().anyMatch(l -> l.contains("结对：张伟")), "the pairing is listed");
        assertTrue(received.getItems().stream().anyMatch(l -> l.contains("爱心超市") && l.contains("5,000.00")), "the cash entry is listed");
        assertEquals("合计收到：¥5,158.50", received.getItems().get(received.getItems().size() - 1));
        TableView<Visit> visits = find("#household-visits");
        waitUntil(() -> visits.getItems().size() == 1);
        assertEquals("张伟", visits.getItems().get(0).visitorNames());

        openSection("funds");
        TableView<FundEntry> ledger = find("#fund-table");
        waitUntil(() -> ledger.getItems().size() == 2);
        FundEntry fromHelp = ledger.getItems().stream().filter(e -> e.pairingId() != null).findFirst().orElseThrow();
        assertEquals("张伟", fromHelp.donor());
        assertEquals(FundKind.MATERIAL, fromHelp.kind());
        assertEquals(new BigDecimal("158.50"), fromHelp.amount());
        Label total = find("#fund-shown-total");
        waitFor(() -> total.getText().contains("5,158.50"), total::getText);
    }

    @Test
    void aSecondActivePairingIsRefusedWithTheReasonBesideTheForm() {
        long member = services().database().read(ctx -> services().pairings().choices(community()).members().get(0).id());
        services().pairings().pair(member, household, LocalDate.now().minusDays(1));
        openSection("pairings");
        chooseCommunity("城东社区");
        clickOn("#pairing-new");
        pick("#pair-member", "张伟");
        pick("#pair-household", "李秀英");
        clickOn("#pair-save");
        Label error = find("#pairing-form-error");
        waitUntil(() -> error.getText().contains("已有进行中的结对"));
        assertEquals(1, services().pairings().list(null).size());
    }

    @Test
    void reversingAnEntryAsksForAReasonAndKeepsBothLines() {
        openSection("funds");
        chooseCommunity("城东社区");
        TableView<FundEntry> ledger = find("#fund-table");
        waitUntil(() -> ledger.getItems().size() == 1);
        clickOn("爱心超市");
        clickOn("#fund-reverse");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(lookup(".dialog-pane").lookup(".text-field").queryAs(TextField.class)).write("金额录错").type(KeyCode.ENTER);
        waitUntil(() -> ledger.getItems().size() == 2);
        assertTrue(ledger.getItems().stream().anyMatch(FundEntry::isReversed));
        assertTrue(ledger.getItems().stream().anyMatch(e -> e.isReversal() && "金额录错".equals(e.reason())));
        Label total = find("#fund-shown-total");
        waitFor(() -> total.getText().contains("合计 0.00 元"), total::getText);
    }

    @Test
    void enteringCashFromAnOrganisationAndFilteringByKind() {
        openSection("funds");
        chooseCommunity("城东社区");
        TableView<FundEntry> ledger = find("#fund-table");
        waitUntil(() -> ledger.getItems().size() == 1);
        clickOn("#fund-amount").write("300");
        clickOn("#fund-donor-name").write("街道慈善会");
        pick("#fund-household", "李秀英");
        clickOn("#fund-save");
        Label formError = find("#fund-form-error");
        waitFor(() -> ledger.getItems().size() == 2, formError::getText);
        Label total = find("#fund-shown-total");
        waitFor(() -> total.getText().contains("5,300.00"), total::getText);

        clickOn("#fund-donor-filter").write("慈善");
        waitUntil(() -> ledger.getItems().size() == 1);
        waitFor(() -> total.getText().contains("合计 300.00 元"), total::getText);
    }

    private long community() {
        return services().communities().byName("城东社区").id();
    }

    private void chooseCommunity(String name) {
        ComboBox<Community> picker = find("#community-picker");
        waitUntil(() -> picker.getItems().stream().anyMatch(c -> c.name().equals(name)));
        clickOn(picker);
        // the popup's cell, not a table cell that shows the same name
        clickOn(lookup(".list-cell").match(LabeledMatchers.hasText(name)).queryAs(javafx.scene.Node.class));
        waitUntil(() -> picker.getValue() != null && name.equals(picker.getValue().name()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens a searchable picker, types part of the name and takes the first match. */
    private void pick(String picker, String text) {
        waitUntil(() -> lookup(picker).tryQuery().isPresent());
        ComboBox<?> box = find(picker);
        waitUntil(() -> !box.getItems().isEmpty());
        clickOn(box);
        write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        waitFor(() -> box.getValue() != null, () -> picker + " has no value; items " + box.getItems().size());
    }

    /** Like {@link #waitUntil} but says what was there instead. */
    private void waitFor(java.util.concurrent.Callable<Boolean> condition, java.util.function.Supplier<String> actual) {
        try {
            waitUntil(condition);
        } catch (AssertionError e) {
            String found;
            try {
                found = WaitForAsyncUtils.asyncFx(actual::get).get(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception unreadable) {
                found = "(unreadable: " + unreadable + ")";
            }
            throw new AssertionError("not met; found: " + found, e);
        }
    }
}
