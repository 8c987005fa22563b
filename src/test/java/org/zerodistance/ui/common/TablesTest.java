package org.zerodistance.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zerodistance.i18n.Messages;

/** The table helpers on the real FX toolkit (headless). */
class TablesTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void anEmptyTableSaysItIsReadingWhileItLoadsAndWhatToDoOnceNothingMatches() throws Exception {
        String[] texts = WaitForAsyncUtils.asyncFx(() -> {
            TableView<String> table = new TableView<>();
            SimpleBooleanProperty loading = new SimpleBooleanProperty(true);
            Tables.placeholder(table, loading, "没有符合条件的记录");
            Label placeholder = (Label) table.getPlaceholder();
            String whileLoading = placeholder.getText();
            loading.set(false);
            return new String[] {whileLoading, placeholder.getText()};
        }).get();
        assertEquals(Messages.get("list.loading"), texts[0]);
        assertEquals("没有符合条件的记录", texts[1]);
    }
}
