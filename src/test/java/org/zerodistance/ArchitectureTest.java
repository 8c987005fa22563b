package org.zerodistance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the arrows of DESIGN.md: every layer uses only what lies below it. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.zerodistance");
    }

    @Test
    void domainUsesTheJdkOnly() {
        classes().that().resideInAPackage("org.zerodistance.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.zerodistance.domain..")
                .check(classes);
    }

    @Test
    void i18nUsesTheJdkOnly() {
        classes().that().resideInAPackage("org.zerodistance.i18n..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.zerodistance.i18n..")
                .check(classes);
    }

    @Test
    void persistenceKnowsNothingAbove() {
        noClasses().that().resideInAPackage("org.zerodistance.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.zerodistance.service..", "org.zerodistance.ui..",
                        "org.zerodistance.app..", "org.zerodistance.cli..", "org.zerodistance.spreadsheet..", "javafx..", "org.apache.poi..")
                .check(classes);
    }

    @Test
    void spreadsheetKnowsOnlyTheDomain() {
        noClasses().that().resideInAPackage("org.zerodistance.spreadsheet..")
                .should().dependOnClassesThat().resideInAnyPackage("org.zerodistance.persistence..", "org.zerodistance.service..",
                        "org.zerodistance.ui..", "org.zerodistance.app..", "org.zerodistance.cli..", "javafx..", "org.jooq..")
                .allowEmptyShould(true) // the package fills as the import lands
                .check(classes);
    }

    @Test
    void servicesKnowNoScreenAndNoCommand() {
        noClasses().that().resideInAPackage("org.zerodistance.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.zerodistance.ui..", "org.zerodistance.app..",
                        "org.zerodistance.cli..", "javafx..")
                .check(classes);
    }

    @Test
    void screensGoThroughServices() {
        noClasses().that().resideInAPackage("org.zerodistance.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.zerodistance.persistence..", "org.jooq..",
                        "org.apache.poi..", "org.zerodistance.app..", "org.zerodistance.cli..")
                .check(classes);
    }

    @Test
    void viewModelsHoldNoControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
                .check(classes);
    }

    @Test
    void theCommandLineNeverTouchesJavaFx() {
        noClasses().that().resideInAPackage("org.zerodistance.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.zerodistance.ui..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void jooqRecordsStayInPersistence() {
        noClasses().that().resideOutsideOfPackage("org.zerodistance.persistence..")
                .should().dependOnClassesThat().resideInAPackage("org.zerodistance.persistence.jooq..")
                .check(classes);
    }
}
