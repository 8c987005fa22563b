package org.zerodistance.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.domain.VocabularyKind;
import org.zerodistance.persistence.Database;
import org.zerodistance.persistence.VocabularyRepository;

/** The editable word lists (skills, household categories, …): listing, adding, renaming, removing, ordering. */
public final class VocabularyService {

    private static final String ENTITY = "vocabulary";

    private final Database database;
    private final Auditor auditor;
    private final VocabularyRepository vocabulary = new VocabularyRepository();

    public VocabularyService(Database database, Auditor auditor) {
        this.database = database;
        this.auditor = auditor;
    }

    /** The terms of {@code kind} in their order. */
    public List<String> list(VocabularyKind kind) {
        return database.read(ctx -> vocabulary.list(ctx, kind));
    }

    /** Adds a term at the end of the list; refused when blank, too long, or already there. */
    public String add(VocabularyKind kind, String rawTerm) {
        String term = VocabularyKind.validTerm(rawTerm);
        database.inTransactionDo(ctx -> {
            if (vocabulary.exists(ctx, kind, term)) {
                throw new ServiceException("vocabulary.error.duplicate", term);
            }
            vocabulary.add(ctx, kind, term);
            auditor.record(ctx, AuditEntry.Action.CREATE, ENTITY, null, kind.name() + ": " + term);
        });
        return term;
    }

    /** Renames a term; records that carry it carry the new name. */
    public String rename(VocabularyKind kind, String from, String rawTo) {
        String to = VocabularyKind.validTerm(rawTo);
        database.inTransactionDo(ctx -> {
            requireKnown(ctx, kind, List.of(from));
            if (to.equals(from)) {
                return;
            }
            if (vocabulary.exists(ctx, kind, to)) {
                throw new ServiceException("vocabulary.error.duplicate", to);
            }
            vocabulary.rename(ctx, kind, from, to);
            auditor.record(ctx, AuditEntry.Action.UPDATE, ENTITY, null, kind.name() + ": " + from + " -> " + to);
        });
        return to;
    }

    /** Removes a term no record uses; a used one is refused with the number of records that use it (members, wishes, …). */
    public void remove(VocabularyKind kind, String term) {
        database.inTransactionDo(ctx -> {
            requireKnown(ctx, kind, List.of(term));
            int used = vocabulary.usageCount(ctx, kind, term);
            if (used > 0) {
                throw new ServiceException("vocabulary.error.inUse." + kind.name(), term, used);
            }
            vocabulary.delete(ctx, kind, term);
            auditor.record(ctx, AuditEntry.Action.DELETE, ENTITY, null, kind.name() + ": " + term);
        });
    }

    /** Moves a term up (negative {@code steps}) or down the list; returns the list in its new order. */
    public List<String> move(VocabularyKind kind, String term, int steps) {
        return database.inTransaction(ctx -> {
            List<String> terms = new ArrayList<>(vocabulary.list(ctx, kind));
            int from = terms.indexOf(term);
            if (from < 0) {
                throw new ServiceException("vocabulary.error.unknown", term);
            }
            int to = Math.max(0, Math.min(terms.size() - 1, from + steps));
            if (to != from) {
                terms.add(to, terms.remove(from));
                vocabulary.reorder(ctx, kind, terms);
            }
            return List.copyOf(terms);
        });
    }

    /** Refuses, in the caller's transaction, any term not in the list of {@code kind}. */
    void requireKnown(DSLContext ctx, VocabularyKind kind, Collection<String> terms) {
        for (String term : terms) {
            if (!vocabulary.exists(ctx, kind, term)) {
                throw new ServiceException(kind == VocabularyKind.SKILL ? "member.error.unknownSkill"
                        : kind == VocabularyKind.HOUSEHOLD_CATEGORY ? "household.error.unknownCategory" : "vocabulary.error.unknown", term);
            }
        }
    }
}
