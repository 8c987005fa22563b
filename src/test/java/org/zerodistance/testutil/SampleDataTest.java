package org.zerodistance.testutil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.Community;
import org.zerodistance.service.ImportMonitor;
import org.zerodistance.service.ImportPlan;
import org.zerodistance.service.Services;

/** The member lists in sample-data/ exist, are listed in its README, and import as the README says. */
class SampleDataTest {

    private static final Path FOLDER = Path.of("sample-data");

    private Services services;
    private Community community;

    @BeforeEach
    void setUp() {
        services = TestDatabases.freshServices();
        community = services.communities().add("城东社区");
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    private ImportPlan dryRun(String name) {
        return services.imports().importFile(FOLDER.resolve(name), community.id(), true, ImportMonitor.NONE);
    }

    @Test
    void everySampleListIsDescribedInTheReadme() throws Exception {
        String readme = Files.readString(FOLDER.resolve("README.md"));
        for (String name : SampleDataGenerator.names()) {
            assertTrue(Files.exists(FOLDER.resolve(name)), name);
            assertTrue(readme.contains(name), "README line for " + name);
        }
    }

    @Test
    void theSampleListsImportAsDescribed() {
        ImportPlan tidy = dryRun("members-tidy.xlsx");
        assertEquals(30, tidy.count(ImportPlan.Outcome.NEW));
        assertEquals(0, tidy.count(ImportPlan.Outcome.REJECTED));

        ImportPlan messy = dryRun("members-messy.xlsx");
        assertEquals(3, messy.layout().headerRow());
        assertEquals(11, messy.rowsRead());
        assertEquals(5, messy.count(ImportPlan.Outcome.NEW));
        assertEquals(List.of(10, 11, 12, 13, 14, 15), messy.rejectedRows().stream().map(ImportPlan.Row::number).toList());
        assertEquals(List.of("import.reason.nameMissing", "id.error.checksum", "import.reason.idAsNumber", "phone.error.invalid",
                "import.reason.duplicate", "import.reason.dateInvalid"), messy.rejectedRows().stream().map(ImportPlan.Row::reasonKey).toList());

        assertEquals(20, dryRun("members-old.xls").count(ImportPlan.Outcome.NEW));
        ImportPlan gbk = dryRun("members-gbk.csv");
        assertEquals(15, gbk.count(ImportPlan.Outcome.NEW));
        assertEquals("市教育局,办公室\n（二楼）", gbk.rows().get(0).member().workUnit());
    }
}
