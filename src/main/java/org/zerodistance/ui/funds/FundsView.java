package org.zerodistance.ui.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.SearchableComboBox;
import org.zerodistance.domain.DonorKind;
import org.zerodistance.domain.FundEntry;
import org.zerodistance.domain.FundKind;
import org.zerodistance.domain.FundTotals;
import org.zerodistance.domain.Household;
import org.zerodistance.domain.Member;
import org.zerodistance.domain.Money;
import org.zerodistance.domain.NamedRef;
import org.zerodistance.i18n.Messages;
import org.zerodistance.ui.common.DisplayConverters;
import org.zerodistance.ui.common.IsoDates;
import org.zerodistance.ui.common.FilterBar;
import org.zerodistance.ui.common.Filterable;
import org.zerodistance.ui.common.ListFilter;
import org.zerodistance.ui.common.Refreshable;
import org.zerodistance.ui.common.Tables;
import org.zerodistance.ui.funds.FundsViewModel.KindFilter;

/** The funds ledger screen: binds controls to {@link FundsViewModel} and forwards clicks and keys. */
public final class FundsView implements Refreshable, Filterable {

    private static final PseudoClass REVERSAL = PseudoClass.getPseudoClass("reversal");
    private static final PseudoClass REVERSED = PseudoClass.getPseudoClass("reversed");

    private final FundsViewModel viewModel;

    @FXML
    private FilterBar filterBar;
    @FXML
    private DatePicker fromPicker;
    @FXML
    private DatePicker toPicker;
    @FXML
    private ChoiceBox<KindFilter> kindFilterChoice;
    @FXML
    private TextField donorFilterField;
    @FXML
    private TextField householdFilterField;
    @FXML
    private Label filterErrorLabel;
    @FXML
    private TableView<FundEntry> table;
    @FXML
    private TableColumn<FundEntry, String> numberColumn;
    @FXML
    private TableColumn<FundEntry, LocalDate> dateColumn;
    @FXML
    private TableColumn<FundEntry, String> communityColumn;
    @FXML
    private TableColumn<FundEntry, String> kindColumn;
    @FXML
    private TableColumn<FundEntry, String> descriptionColumn;
    @FXML
    private TableColumn<FundEntry, BigDecimal> amountColumn;
    @FXML
    private TableColumn<FundEntry, String> donorColumn;
    @FXML
    private TableColumn<FundEntry, String> householdColumn;
    @FXML
    private TableColumn<FundEntry, String> statusColumn;
    @FXML
    private Label selectedDetail;
    @FXML
    private Button reverseButton;
    @FXML
    private Label feedbackLabel;
    @FXML
    private Label totalLabel;

    @FXML
    private Label formHint;
    @FXML
    private DatePicker datePicker;
    @FXML
    private ChoiceBox<FundKind> kindChoice;
    @FXML
    private TextField descriptionField;
    @FXML
    private TextField quantityField;
    @FXML
    private TextField amountField;
    @FXML
    private ChoiceBox<DonorKind> donorKindChoice;
    @FXML
    private SearchableComboBox<Member> donorMemberPicker;
    @FXML
    private ComboBox<NamedRef> donorTeamPicker;
    @FXML
    private TextField donorNameField;
    @FXML
    private SearchableComboBox<Household> householdPicker;
    @FXML
    private ComboBox<NamedRef> pairingPicker;
    @FXML
    private ComboBox<NamedRef> wishPicker;
    @FXML
    private TextArea noteArea;
    @FXML
    private Button saveButton;
    @FXML
    private Label formErrorLabel;

    public FundsView(FundsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        filterBar.bind(viewModel.figureFilter(), viewModel::clearFigureFilter);
        setUpFilters();
        setUpTable();
        setUpForm();
        viewModel.load();
    }

    /** Opened from a dashboard figure: shows only the records it counts, with the banner. */
    @Override
    public void applyFilter(ListFilter filter) {
        viewModel.applyFigureFilter(filter);
    }

    @Override
    public void refresh() {
        viewModel.load();
    }

    private void setUpFilters() {
        for (DatePicker picker : new DatePicker[] {fromPicker, toPicker, datePicker}) {
            IsoDates.use(picker);
        }
        fromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.toProperty());
        kindFilterChoice.getItems().setAll(KindFilter.values());
        kindFilterChoice.setConverter(DisplayConverters.of(k -> Messages.get("fund.filter.kind." + k.name().toLowerCase(Locale.ROOT))));
        kindFilterChoice.valueProperty().bindBidirectional(viewModel.kindFilterProperty());
        donorFilterField.textProperty().bindBidirectional(viewModel.donorFilterProperty());
        householdFilterField.textProperty().bindBidirectional(viewModel.householdFilterProperty());
        filterErrorLabel.textProperty().bind(viewModel.filterErrorProperty());
    }

    private void setUpTable() {
        Tables.text(numberColumn, e -> String.valueOf(e.id()));
        numberColumn.setComparator((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
        Tables.date(dateColumn, FundEntry::date);
        Tables.text(communityColumn, FundEntry::communityName);
        communityColumn.visibleProperty().bind(viewModel.communityChosenProperty().not());
        Tables.text(kindColumn, e -> Messages.get("fund.kind." + e.kind().name()));
        Tables.text(descriptionColumn, FundsView::what);
        Tables.money(amountColumn, FundEntry::signedAmount);
        Tables.text(donorColumn, FundEntry::donor);
        Tables.text(householdColumn, e -> e.householdHead() == null ? "" : e.householdHead());
        Tables.text(statusColumn, FundsView::status);
        SortedList<FundEntry> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(Messages.get("fund.empty")));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(FundEntry item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(REVERSAL, !empty && item != null && item.isReversal());
                pseudoClassStateChanged(REVERSED, !empty && item != null && item.isReversed());
            }
        });
        Tables.followSelection(table, viewModel.selectedProperty(), viewModel.selectedProperty()::set);
        var selected = viewModel.selectedProperty();
        reverseButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().isReversal() || selected.get().isReversed(), selected));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                onReverse();
            }
        });
        selectedDetail.textProperty().bind(Bindings.createStringBinding(
                () -> selected.get() == null ? Messages.get("fund.selectHint") : detail(selected.get()), selected));
        feedbackLabel.textProperty().bind(viewModel.feedbackProperty());
        totalLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            FundTotals totals = viewModel.shownTotalsProperty().get();
            return Messages.get("fund.shownTotal", viewModel.rows().size(), Money.format(totals.cash()),
                    Money.format(totals.materials()), Money.format(totals.total()));
        }, viewModel.shownTotalsProperty(), viewModel.rows()));
    }

    private static String what(FundEntry e) {
        if (e.description() == null) {
            return "";
        }
        return e.quantity() == null ? e.description() : Messages.get("fund.descriptionWithQuantity", e.description(), e.quantity());
    }

    /** Everything about one line that the table has no room for. */
    private static String detail(FundEntry e) {
        String what = what(e);
        String status = status(e);
        return Messages.get("fund.detail", e.id(), e.date().toString(), Messages.get("fund.kind." + e.kind().name()),
                Money.format(e.amount()), Messages.get("fund.donor." + e.donorKind().name(), e.donor()),
                e.householdHead() == null ? "—" : e.householdHead(), what.isEmpty() ? "—" : what,
                e.note() == null ? "—" : e.note(), e.operator(), status);
    }

    private static String status(FundEntry e) {
        if (e.isReversal()) {
            return Messages.get("fund.mark.reversal", e.reversesId(), e.reason());
        }
        return e.isReversed() ? Messages.get("fund.mark.reversed", e.reversedById()) : "";
    }

    private void setUpForm() {
        var chosen = viewModel.communityChosenProperty();
        formHint.textProperty().bind(Bindings.when(chosen).then(Messages.get("fund.form.hint"))
                .otherwise(Messages.get("fund.chooseCommunity")));
        datePicker.valueProperty().bindBidirectional(viewModel.dateProperty());
        kindChoice.getItems().setAll(FundKind.values());
        kindChoice.setConverter(DisplayConverters.of(k -> Messages.get("fund.kind." + k.name())));
        kindChoice.valueProperty().bindBidirectional(viewModel.kindProperty());
        descriptionField.textProperty().bindBidirectional(viewModel.descriptionProperty());
        quantityField.textProperty().bindBidirectional(viewModel.quantityProperty());
        quantityField.disableProperty().bind(viewModel.kindProperty().isNotEqualTo(FundKind.MATERIAL));
        amountField.textProperty().bindBidirectional(viewModel.amountProperty());

        donorKindChoice.getItems().setAll(DonorKind.values());
        donorKindChoice.setConverter(DisplayConverters.of(k -> Messages.get("fund.donorKind." + k.name())));
        donorKindChoice.valueProperty().bindBidirectional(viewModel.donorKindProperty());
        donorMemberPicker.setItems(viewModel.members());
        donorMemberPicker.setConverter(DisplayConverters.of(Member::name));
        donorMemberPicker.valueProperty().bindBidirectional(viewModel.donorMemberProperty());
        showFor(donorMemberPicker, DonorKind.MEMBER);
        donorTeamPicker.setItems(viewModel.teams());
        donorTeamPicker.valueProperty().bindBidirectional(viewModel.donorTeamProperty());
        donorTeamPicker.setPlaceholder(new Label(Messages.get("fund.form.noTeams")));
        showFor(donorTeamPicker, DonorKind.TEAM);
        donorNameField.textProperty().bindBidirectional(viewModel.donorNameProperty());
        showFor(donorNameField, DonorKind.ORGANISATION);

        householdPicker.setItems(viewModel.households());
        householdPicker.setConverter(DisplayConverters.of(DisplayConverters::household));
        householdPicker.valueProperty().bindBidirectional(viewModel.householdProperty());
        pairingPicker.setItems(viewModel.pairingLinks());
        pairingPicker.valueProperty().bindBidirectional(viewModel.pairingProperty());
        pairingPicker.disableProperty().bind(Bindings.isEmpty(viewModel.pairingLinks()));
        wishPicker.setItems(viewModel.wishLinks());
        wishPicker.valueProperty().bindBidirectional(viewModel.wishProperty());
        wishPicker.disableProperty().bind(Bindings.isEmpty(viewModel.wishLinks()));
        noteArea.textProperty().bindBidirectional(viewModel.noteProperty());
        saveButton.disableProperty().bind(viewModel.workingProperty().or(chosen.not()));
        formErrorLabel.textProperty().bind(viewModel.formErrorProperty());
    }

    /** Shows the donor control only for its kind of donor, taking no room otherwise. */
    private void showFor(Node control, DonorKind kind) {
        var shown = viewModel.donorKindProperty().isEqualTo(kind);
        control.visibleProperty().bind(shown);
        control.managedProperty().bind(shown);
    }

    @FXML
    private void onClearFilters() {
        viewModel.clearFilters();
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }

    @FXML
    private void onReverse() {
        viewModel.reverse(table.getSelectionModel().getSelectedItem());
    }
}
