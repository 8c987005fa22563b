package org.zerodistance.persistence;

import static org.zerodistance.persistence.jooq.Tables.HOUSEHOLD_CATEGORY;
import static org.zerodistance.persistence.jooq.Tables.MEMBER_SKILL;
import static org.zerodistance.persistence.jooq.Tables.SERVICE_POST;
import static org.zerodistance.persistence.jooq.Tables.TEAM;
import static org.zerodistance.persistence.jooq.Tables.VOCABULARY;
import static org.zerodistance.persistence.jooq.Tables.WISH;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.zerodistance.domain.VocabularyKind;

/** The editable word lists, and where each list's terms are used; stateless, works in the caller's transaction. */
public final class VocabularyRepository {

    /** The terms of one list in their order. */
    public List<String> list(DSLContext ctx, VocabularyKind kind) {
        return ctx.select(VOCABULARY.TERM).from(VOCABULARY).where(VOCABULARY.KIND.eq(kind.name()))
                .orderBy(VOCABULARY.SORT_ORDER, VOCABULARY.TERM).fetch(VOCABULARY.TERM);
    }

    public boolean exists(DSLContext ctx, VocabularyKind kind, String term) {
        return ctx.fetchExists(VOCABULARY, VOCABULARY.KIND.eq(kind.name()).and(VOCABULARY.TERM.eq(term)));
    }

    /** Appends {@code term} at the end of the list. */
    public void add(DSLContext ctx, VocabularyKind kind, String term) {
        Integer last = ctx.select(DSL.max(VOCABULARY.SORT_ORDER)).from(VOCABULARY).where(VOCABULARY.KIND.eq(kind.name())).fetchOne(0, Integer.class);
        ctx.insertInto(VOCABULARY, VOCABULARY.KIND, VOCABULARY.TERM, VOCABULARY.SORT_ORDER)
                .values(kind.name(), term, last == null ? 1 : last + 1).execute();
    }

    /** Renames a term in the list and everywhere it is used, so records keep their tag. */
    public void rename(DSLContext ctx, VocabularyKind kind, String from, String to) {
        ctx.update(VOCABULARY).set(VOCABULARY.TERM, to)
                .where(VOCABULARY.KIND.eq(kind.name()).and(VOCABULARY.TERM.eq(from))).execute();
        Usage usage = usage(kind);
        ctx.update(usage.table()).set(usage.column(), to).where(usage.column().eq(from)).execute();
    }

    public void delete(DSLContext ctx, VocabularyKind kind, String term) {
        ctx.deleteFrom(VOCABULARY).where(VOCABULARY.KIND.eq(kind.name()).and(VOCABULARY.TERM.eq(term))).execute();
    }

    /** Rewrites the order of the list: {@code terms} in the wanted order. */
    public void reorder(DSLContext ctx, VocabularyKind kind, List<String> terms) {
        for (int i = 0; i < terms.size(); i++) {
            ctx.update(VOCABULARY).set(VOCABULARY.SORT_ORDER, i + 1)
                    .where(VOCABULARY.KIND.eq(kind.name()).and(VOCABULARY.TERM.eq(terms.get(i)))).execute();
        }
    }

    /** How many records carry {@code term} (members for a skill, households for a category, …). */
    public int usageCount(DSLContext ctx, VocabularyKind kind, String term) {
        Usage usage = usage(kind);
        return ctx.fetchCount(usage.table(), usage.column().eq(term));
    }

    private static Usage usage(VocabularyKind kind) {
        return switch (kind) {
            case SKILL -> new Usage(MEMBER_SKILL, MEMBER_SKILL.SKILL);
            case HOUSEHOLD_CATEGORY -> new Usage(HOUSEHOLD_CATEGORY, HOUSEHOLD_CATEGORY.CATEGORY);
            case WISH_CATEGORY -> new Usage(WISH, WISH.CATEGORY);
            case TEAM_SPECIALTY -> new Usage(TEAM, TEAM.SPECIALTY);
            case POST_CATEGORY -> new Usage(SERVICE_POST, SERVICE_POST.CATEGORY);
        };
    }

    private record Usage(Table<?> table, Field<String> column) {
    }
}
