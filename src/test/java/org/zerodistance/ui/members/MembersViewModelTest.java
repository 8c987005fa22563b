package org.zerodistance.ui.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.MemberDraft;
import org.zerodistance.domain.MemberStatus;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;
import org.zerodistance.testutil.ScriptedDialogs;
import org.zerodistance.testutil.TestDatabases;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.ImmediateTaskRunner;

/** Search and filters of the Members screen, without a toolkit (same-thread task runner). */
class MembersViewModelTest {

    private final Services services = TestDatabases.freshServices();
    private final CommunityScope scope = new CommunityScope();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MembersViewModel viewModel;
    private Community east;

    @BeforeEach
    void seed() {
        Messages.setLanguage(Language.CHINESE);
        east = services.communities().add("城东社区");
        Community west = services.communities().add("城西社区");
        add(east, "张伟", "63010219800118123X", "13812345678", "市教育局", List.of("法律咨询"), MemberStatus.ACTIVE);
        add(east, "王芳", "11010519491231002X", "13900005678", "区人民医院", List.of("医疗保健", "心理疏导"), MemberStatus.ACTIVE);
        add(east, "李强", "630102198506151239", null, "市教育局", List.of(), MemberStatus.MOVED_OUT);
        add(west, "赵六", "510108197910100018", null, "市财政局", List.of(), MemberStatus.ACTIVE);
        scope.replaceAll(services.communities().list(false));
        viewModel = new MembersViewModel(services.members(), services.vocabulary(), services.stats(), new ImmediateTaskRunner(), dialogs, scope);
    }

    @AfterEach
    void close() {
        services.database().close();
    }

    private void add(Community c, String name, String id, String phone, String unit, List<String> skills, MemberStatus status) {
        services.members().add(c.id(), new MemberDraft(name, id, phone, unit, null, skills, LocalDate.of(2026, 1, 1), status,
                status == MemberStatus.ACTIVE ? null : LocalDate.of(2026, 2, 1), null));
    }

    private List<String> names() {
        return viewModel.rows().stream().map(r -> r.member().name()).toList();
    }

    @Test
    void searchFindsByNameWorkUnitSkillAndTheTailsOfIdAndPhone() {
        viewModel.load();
        assertEquals(4, viewModel.rows().size(), "all communities");
        viewModel.queryProperty().set("123x");
        assertEquals(List.of("张伟"), names(), "ID tail, lowercase x");
        viewModel.queryProperty().set("5678");
        assertEquals(List.of("王芳", "张伟").stream().sorted(MemberRow.newCollator()).toList(), names().stream().sorted(MemberRow.newCollator()).toList(),
                "phone tail");
        viewModel.queryProperty().set("教育局");
        assertEquals(2, names().size());
        viewModel.queryProperty().set("心理");
        assertEquals(List.of("王芳"), names());
        viewModel.queryProperty().set("教育局 李");
        assertEquals(List.of("李强"), names(), "every word must match");
        viewModel.queryProperty().set("19800118");
        assertTrue(names().isEmpty(), "the hidden middle of an ID number is not searchable");
        assertEquals("显示 0 条，共 4 条", viewModel.countProperty().get());
    }

    @Test
    void filtersByStatusSkillAndCommunityAndDefaultOrderIsPinyin() {
        scope.selectedProperty().set(east);
        assertEquals(3, viewModel.rows().size());
        assertEquals(List.of("李强", "王芳", "张伟"), names(), "pinyin order: li, wang, zhang");
        viewModel.statusFilterProperty().set(MemberStatus.MOVED_OUT);
        assertEquals(List.of("李强"), names());
        viewModel.statusFilterProperty().set(null);
        viewModel.skillFilterProperty().set("法律咨询");
        assertEquals(List.of("张伟"), names());
        viewModel.skillFilterProperty().set(null);
        viewModel.sort(Comparator.comparing((MemberRow r) -> r.member().workUnit()).reversed());
        assertEquals("区人民医院", viewModel.rows().get(2).member().workUnit());
    }

    @Test
    void archiveAsksHidesAndRestoreBringsBack() {
        scope.selectedProperty().set(east);
        MemberRow wang = viewModel.rows().stream().filter(r -> r.member().name().equals("王芳")).findFirst().orElseThrow();
        dialogs.answerConfirm(false);
        viewModel.archive(wang);
        assertEquals(3, viewModel.rows().size(), "not confirmed: nothing happens");
        dialogs.answerConfirm(true);
        viewModel.archive(wang);
        assertEquals(List.of("李强", "张伟"), names());
        viewModel.showArchivedProperty().set(true);
        assertEquals(3, viewModel.rows().size());
        MemberRow archived = viewModel.rows().stream().filter(r -> r.member().archived()).findFirst().orElseThrow();
        viewModel.restore(archived);
        viewModel.showArchivedProperty().set(false);
        assertEquals(3, viewModel.rows().size());
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
    }

    @Test
    void formExplainsFieldsAndOffersTransferOfSomeoneRegisteredElsewhere() {
        scope.selectedProperty().set(east);
        MemberFormViewModel form = viewModel.newForm();
        assertEquals(east, form.communityProperty().get());
        form.nameProperty().set("赵六");
        form.idNumberProperty().set("510108197910100019");
        boolean[] saved = {false};
        form.save(() -> saved[0] = true);
        assertEquals(false, saved[0]);
        assertTrue(form.errorProperty(MemberDraft.Field.ID_NUMBER).get().contains("校验码"), form.errorProperty(MemberDraft.Field.ID_NUMBER).get());
        assertEquals("", form.errorProperty(MemberDraft.Field.NAME).get());

        form.idNumberProperty().set("510108197910100018");
        assertEquals("", form.errorProperty(MemberDraft.Field.ID_NUMBER).get());
        dialogs.answerConfirm(true); // yes, transfer from 城西社区
        form.save(() -> saved[0] = true);
        assertTrue(saved[0]);
        assertEquals(east.id(), services.members().get(form.saved().id()).communityId());
        viewModel.saved(form.saved());
        assertTrue(names().contains("赵六"));
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
    }

    @Test
    void declinedTransferLeavesTheExplanationOnTheForm() {
        scope.selectedProperty().set(east);
        MemberFormViewModel form = viewModel.newForm();
        form.nameProperty().set("赵六");
        form.idNumberProperty().set("510108197910100018");
        dialogs.answerConfirm(false);
        boolean[] saved = {false};
        form.save(() -> saved[0] = true);
        assertEquals(false, saved[0]);
        assertTrue(form.formErrorProperty().get().contains("城西社区"), form.formErrorProperty().get());
        assertEquals("城西社区", services.members().findByIdNumber("510108197910100018").orElseThrow().communityName());
    }
}
