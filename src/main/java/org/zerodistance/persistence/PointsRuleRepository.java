package org.zerodistance.persistence;

import static org.zerodistance.persistence.jooq.Tables.POINTS_RULE;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.zerodistance.domain.PointsRule;
import org.zerodistance.domain.ServiceKind;

/** The points rules of Settings. */
public final class PointsRuleRepository {

    public Optional<PointsRule> find(DSLContext ctx, ServiceKind kind) {
        return ctx.selectFrom(POINTS_RULE).where(POINTS_RULE.KIND.eq(kind.name()))
                .fetchOptional(r -> new PointsRule(kind, r.getPoints(), r.getPerHour()));
    }

    public List<PointsRule> all(DSLContext ctx) {
        return ctx.selectFrom(POINTS_RULE).orderBy(POINTS_RULE.KIND)
                .fetch(r -> new PointsRule(ServiceKind.valueOf(r.getKind()), r.getPoints(), r.getPerHour()));
    }

    public void save(DSLContext ctx, PointsRule rule) {
        int updated = ctx.update(POINTS_RULE)
                .set(POINTS_RULE.POINTS, rule.points())
                .set(POINTS_RULE.PER_HOUR, rule.perHour())
                .set(POINTS_RULE.UPDATED_AT, OffsetDateTime.now())
                .where(POINTS_RULE.KIND.eq(rule.kind().name()))
                .execute();
        if (updated == 0) {
            ctx.insertInto(POINTS_RULE, POINTS_RULE.KIND, POINTS_RULE.POINTS, POINTS_RULE.PER_HOUR)
                    .values(rule.kind().name(), rule.points(), rule.perHour()).execute();
        }
    }
}
