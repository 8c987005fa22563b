package org.zerodistance.persistence;

import static org.zerodistance.persistence.jooq.Tables.SETTING;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** Key/value settings kept in the database (operator name, language, rules). */
public final class SettingRepository {

    public Optional<String> get(DSLContext ctx, String key) {
        return ctx.select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.SETTING_KEY.eq(key)).fetchOptional(SETTING.SETTING_VALUE);
    }

    /** Inserts or replaces; standard SQL (update, then insert when nothing was updated). */
    public void put(DSLContext ctx, String key, String value) {
        int updated = ctx.update(SETTING).set(SETTING.SETTING_VALUE, value).where(SETTING.SETTING_KEY.eq(key)).execute();
        if (updated == 0) {
            ctx.insertInto(SETTING, SETTING.SETTING_KEY, SETTING.SETTING_VALUE).values(key, value).execute();
        }
    }

    /** Removes a setting (its default applies again). */
    public void delete(DSLContext ctx, String key) {
        ctx.deleteFrom(SETTING).where(SETTING.SETTING_KEY.eq(key)).execute();
    }

    /** Every setting whose key starts with {@code prefix}: key to value, in key order. */
    public Map<String, String> withPrefix(DSLContext ctx, String prefix) {
        Map<String, String> result = new LinkedHashMap<>();
        ctx.select(SETTING.SETTING_KEY, SETTING.SETTING_VALUE).from(SETTING)
                .where(SETTING.SETTING_KEY.startsWith(prefix))
                .orderBy(SETTING.SETTING_KEY)
                .forEach(r -> result.put(r.value1(), r.value2()));
        return result;
    }
}
