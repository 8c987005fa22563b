package org.zerodistance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingRowTest {

    private static RankingRow.Score score(long id, String name, String points, int wishes) {
        return new RankingRow.Score(new MemberName(id, name), new BigDecimal(points), wishes);
    }

    @Test
    void mostPointsFirstThenMoreFulfilledWishesThenNameInPinyinOrder() {
        List<RankingRow> rows = RankingRow.rank(List.of(
                score(1, "张伟", "10.00", 1),
                score(2, "王芳", "12.00", 0),
                score(3, "李娜", "10.00", 1),
                score(4, "赵强", "10.00", 2),
                score(5, "陈静", "3.00", 5)), 3);

        // 赵强 beats 张伟 and 李娜 on wishes; 李 (li) comes before 张 (zhang) although 张 has the lower code point.
        assertEquals(List.of("王芳", "赵强", "李娜", "张伟", "陈静"), rows.stream().map(r -> r.member().name()).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), rows.stream().map(RankingRow::rank).toList());
        assertEquals(List.of(true, true, true, false, false), rows.stream().map(RankingRow::top).toList());
    }

    @Test
    void equalPointsWrittenWithDifferentScalesAreATie() {
        List<RankingRow> rows = RankingRow.rank(List.of(score(1, "张伟", "5", 0), score(2, "李娜", "5.00", 0)), 10);
        assertEquals("李娜", rows.get(0).member().name());
    }
}
