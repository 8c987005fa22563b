package org.zerodistance.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.Household;
import org.zerodistance.domain.Member;
import org.zerodistance.testutil.Households;
import org.zerodistance.testutil.Members;
import org.zerodistance.testutil.TestDatabases;

/** The base repositories on a real H2: what is written reads back the same. */
class RepositoriesTest {

    private final CommunityRepository communities = new CommunityRepository();
    private final MemberRepository members = new MemberRepository();
    private final HouseholdRepository households = new HouseholdRepository();
    private final SettingRepository settings = new SettingRepository();

    @Test
    void communitiesAreListedByNameAndArchivedOnesOnlyOnRequest() {
        try (Database db = TestDatabases.fresh()) {
            long west = db.inTransaction(ctx -> communities.insert(ctx, "城西社区"));
            db.inTransaction(ctx -> communities.insert(ctx, "城东社区"));
            db.inTransactionDo(ctx -> communities.setArchived(ctx, west, true));
            assertEquals(List.of("城东社区"), db.read(ctx -> communities.findAll(ctx, false)).stream().map(Community::name).toList());
            assertEquals(2, db.read(ctx -> communities.findAll(ctx, true)).size());
            db.inTransactionDo(ctx -> communities.rename(ctx, west, "城西新区"));
            assertEquals("城西新区", db.read(ctx -> communities.findById(ctx, west)).orElseThrow().name());
        }
    }

    @Test
    void aMemberReadsBackWithSkills() {
        try (Database db = TestDatabases.fresh()) {
            long community = db.inTransaction(ctx -> communities.insert(ctx, "城东社区"));
            Member written = Members.aMember().inCommunity(community).withName("王芳").withSkills("法律咨询", "家庭教育").build();
            long id = db.inTransaction(ctx -> members.insert(ctx, written));
            Member read = db.read(ctx -> members.findById(ctx, id)).orElseThrow();
            assertEquals(written.withId(id).toString(), read.toString());
            assertEquals(List.of("家庭教育", "法律咨询"), read.skills().stream().sorted().toList());
            assertEquals(written.idNumber(), read.idNumber());
            assertEquals(written.birthDate(), read.birthDate());
            assertTrue(db.read(ctx -> members.findByIdNumber(ctx, written.idNumber())).isPresent());
        }
    }

    @Test
    void aHouseholdReadsBackWithCategoriesAndAddress() {
        try (Database db = TestDatabases.fresh()) {
            long community = db.inTransaction(ctx -> communities.insert(ctx, "城东社区"));
            long id = db.inTransaction(ctx -> households.insert(ctx,
                    Households.aHousehold().inCommunity(community).withCategories("空巢老人", "残疾人").build()));
            Household read = db.read(ctx -> households.findById(ctx, id)).orElseThrow();
            assertEquals("3栋2单元401", read.address());
            assertEquals(2, read.categories().size());
        }
    }

    @Test
    void settingsAreInsertedThenReplaced() {
        try (Database db = TestDatabases.fresh()) {
            db.inTransactionDo(ctx -> settings.put(ctx, "k", "一"));
            db.inTransactionDo(ctx -> settings.put(ctx, "k", "二"));
            assertEquals("二", db.read(ctx -> settings.get(ctx, "k")).orElseThrow());
        }
    }
}
