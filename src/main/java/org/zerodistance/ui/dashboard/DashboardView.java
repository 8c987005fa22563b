package org.zerodistance.ui.dashboard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Cursor;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.zerodistance.domain.Dashboard;
import org.zerodistance.domain.Figure;
import org.zerodistance.domain.Quarter;
import org.zerodistance.domain.WishStatus;
import org.zerodistance.i18n.Messages;
import org.zerodistance.ui.common.DisplayConverters;
import org.zerodistance.ui.common.Refreshable;

/** The dashboard screen: figure tiles grouped by subject, three charts; every figure links to its list. */
public final class DashboardView implements Refreshable {

    /** Three groups side by side in the window's usual width, so the charts show without scrolling. */
    /** The narrowest a card may be: three figures a row with their labels (the widest label is 资金物资合计(元)). */
    private static final double CARD_WIDTH = 338;

    private final DashboardViewModel viewModel;
    private final Map<Figure, Labeled> values = new EnumMap<>(Figure.class);

    @FXML
    private ComboBox<Quarter> quarterPicker;
    @FXML
    private ProgressIndicator loadingIndicator;
    @FXML
    private Label timingLabel;
    @FXML
    private Label periodLabel;
    @FXML
    private FlowPane groupsPane;
    @FXML
    private PieChart wishesChart;
    @FXML
    private StackedBarChart<String, Number> fundsChart;
    @FXML
    private BarChart<Number, String> pointsChart;

    public DashboardView(DashboardViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        quarterPicker.setItems(viewModel.quarters());
        quarterPicker.setConverter(DisplayConverters.of(DisplayConverters::quarter));
        quarterPicker.valueProperty().bindBidirectional(viewModel.quarterProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        timingLabel.textProperty().bind(viewModel.timingProperty());
        periodLabel.textProperty().bind(viewModel.periodProperty());
        for (DashboardViewModel.Group group : DashboardViewModel.GROUPS) {
            groupsPane.getChildren().add(groupCard(group));
        }
        groupsPane.widthProperty().addListener((obs, was, width) -> fitCards(width.doubleValue()));
        viewModel.dashboardProperty().addListener((obs, was, now) -> show(now));
        viewModel.load();
    }

    @Override
    public void refresh() {
        viewModel.load();
    }

    @FXML
    private void onRefresh() {
        viewModel.load();
    }

    /**
     * As many cards a row as fit at their narrowest, sharing the row's width between them: with a fixed width, a
     * 1200-pixel window showed two cards a row and a third of the screen empty beside them.
     */
    private void fitCards(double width) {
        double gap = groupsPane.getHgap();
        int columns = Math.max(1, (int) ((width + gap) / (CARD_WIDTH + gap)));
        double cardWidth = Math.max(CARD_WIDTH, Math.floor((width - (columns - 1) * gap) / columns) - 1);
        for (javafx.scene.Node card : groupsPane.getChildren()) {
            ((VBox) card).setPrefWidth(cardWidth);
            ((FlowPane) ((VBox) card).getChildren().get(1)).setPrefWrapLength(cardWidth - 20);
        }
    }

    private VBox groupCard(DashboardViewModel.Group group) {
        VBox card = new VBox(6);
        card.getStyleClass().add("figure-group");
        card.setPrefWidth(CARD_WIDTH);
        Label title = new Label(Messages.get(group.titleKey()));
        title.getStyleClass().add("figure-group-title");
        FlowPane tiles = new FlowPane(8, 4);
        tiles.setPrefWrapLength(CARD_WIDTH - 20);
        for (Figure figure : group.figures()) {
            tiles.getChildren().add(tile(figure));
        }
        card.getChildren().addAll(title, tiles);
        return card;
    }

    private VBox tile(Figure figure) {
        Labeled value;
        if (viewModel.canOpen(figure)) {
            Hyperlink link = new Hyperlink("—");
            link.setOnAction(e -> {
                link.setVisited(false);
                viewModel.open(figure);
            });
            link.setTooltip(new Tooltip(viewModel.opensFiltered(figure) ? Messages.get("dashboard.openList")
                    : Messages.get("dashboard.openSection")));
            value = link;
        } else {
            value = new Label("—");
            value.setTooltip(new Tooltip(Messages.get("dashboard.noList")));
        }
        value.setId("figure-" + figure.jsonName());
        value.getStyleClass().add("figure-value");
        values.put(figure, value);
        Label name = new Label(Messages.get(figure.labelKey()));
        name.getStyleClass().add("figure-name");
        VBox tile = new VBox(2, value, name);
        tile.getStyleClass().add("figure-tile");
        return tile;
    }

    private void show(Dashboard dashboard) {
        for (Map.Entry<Figure, Labeled> value : values.entrySet()) {
            value.getValue().setText(viewModel.valueText(value.getKey()));
        }
        showWishes();
        showFunds(dashboard);
        showPoints(dashboard);
    }

    private void showWishes() {
        List<PieChart.Data> slices = new ArrayList<>();
        for (Map.Entry<String, Long> slice : viewModel.wishSlices()) {
            slices.add(new PieChart.Data(Messages.get(WishStatus.valueOf(slice.getKey()).labelKey()) + " " + slice.getValue(),
                    slice.getValue()));
        }
        wishesChart.getData().setAll(slices);
        List<Map.Entry<String, Long>> source = viewModel.wishSlices();
        for (int i = 0; i < slices.size(); i++) {
            String status = source.get(i).getKey();
            clickable(slices.get(i).getNode(), "wishes", () -> viewModel.openWishes(status));
        }
    }

    private void showFunds(Dashboard dashboard) {
        XYChart.Series<String, Number> cash = new XYChart.Series<>();
        cash.setName(Messages.get("report.code.CASH"));
        XYChart.Series<String, Number> materials = new XYChart.Series<>();
        materials.setName(Messages.get("report.code.MATERIAL"));
        for (Dashboard.MonthFunds month : dashboard.fundsByMonth()) {
            String label = Messages.get("dashboard.month", month.month().getMonthValue());
            cash.getData().add(new XYChart.Data<>(label, month.cash()));
            materials.getData().add(new XYChart.Data<>(label, month.materials()));
        }
        fundsChart.getData().setAll(List.of(cash, materials));
        for (XYChart.Series<String, Number> series : fundsChart.getData()) {
            for (int i = 0; i < series.getData().size(); i++) {
                var month = dashboard.fundsByMonth().get(i).month();
                clickable(series.getData().get(i).getNode(), "funds", () -> viewModel.openFunds(month));
            }
        }
    }

    private void showPoints(Dashboard dashboard) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<Dashboard.MemberPoints> top = dashboard.topMembers();
        // The category axis fills from the bottom: add the last first so the best member is on top.
        for (int i = top.size() - 1; i >= 0; i--) {
            Dashboard.MemberPoints member = top.get(i);
            series.getData().add(new XYChart.Data<>(member.points(), (i + 1) + " " + member.name()));
        }
        pointsChart.getData().setAll(List.of(series));
        for (int i = 0; i < series.getData().size(); i++) {
            long memberId = top.get(top.size() - 1 - i).memberId();
            clickable(series.getData().get(i).getNode(), "passbook", () -> viewModel.openMember(memberId));
        }
    }

    private void clickable(javafx.scene.Node node, String section, Runnable open) {
        if (node != null && viewModel.canOpenSection(section)) {
            node.setCursor(Cursor.HAND);
            node.setOnMouseClicked(e -> open.run());
        }
    }
}
