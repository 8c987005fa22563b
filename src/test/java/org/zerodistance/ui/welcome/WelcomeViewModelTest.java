package org.zerodistance.ui.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.Community;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;
import org.zerodistance.testutil.TestDatabases;
import org.zerodistance.ui.common.ImmediateTaskRunner;

/** The welcome screen's state without a toolkit: names checked before anything is written, failures said in words. */
class WelcomeViewModelTest {

    private Services services;
    private final List<Community> ready = new ArrayList<>();
    private WelcomeViewModel viewModel;

    @BeforeEach
    void setUp() {
        Messages.setLanguage(Language.CHINESE);
        services = TestDatabases.freshServices();
        viewModel = new WelcomeViewModel(services.communities(), services.sampleCommunity(), new ImmediateTaskRunner(), ready::add);
    }

    @Test
    void aBlankNameIsExplainedNextToTheFieldAndCreatesNothing() {
        viewModel.nameProperty().set("   ");
        viewModel.create();
        assertEquals(Messages.get("community.error.nameRequired"), viewModel.nameProblemProperty().get());
        assertTrue(services.communities().list(true).isEmpty());
        assertTrue(ready.isEmpty());
        viewModel.nameProperty().set("城");
        assertEquals("", viewModel.nameProblemProperty().get(), "typing clears the problem");
    }

    @Test
    void aNameCreatesTheCommunityAndHandsItOn() {
        viewModel.nameProperty().set(" 城东社区 ");
        viewModel.create();
        assertEquals(List.of("城东社区"), ready.stream().map(Community::name).toList());
        assertEquals("城东社区", services.communities().list(true).get(0).name());
        assertFalse(viewModel.workingProperty().get());
    }

    @Test
    void theSampleCommunityLoadsOrSaysWhyNot() {
        viewModel.loadSample();
        assertEquals(1, ready.size());
        assertEquals("和平社区", ready.get(0).name());
        assertFalse(viewModel.loadingSampleProperty().get());
        assertFalse(viewModel.sampleProgressProperty().isBound());

        viewModel.loadSample(); // already there: refused in words, nothing handed on
        assertEquals(1, ready.size());
        assertTrue(viewModel.sampleProblemProperty().get().contains("和平社区"), viewModel.sampleProblemProperty().get());
        assertFalse(viewModel.workingProperty().get(), "the buttons work again");
    }
}
