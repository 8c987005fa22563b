package org.zerodistance.domain;

/** The editable word lists (table {@code vocabulary}): skills, household categories, and the other features' lists. */
public enum VocabularyKind {
    SKILL, HOUSEHOLD_CATEGORY, WISH_CATEGORY, TEAM_SPECIALTY, POST_CATEGORY;

    public static final int MAX_TERM = 50;

    /** A term trimmed and checked: not blank, not too long, no commas (lists are written comma-separated in sheets). */
    public static String validTerm(String raw) {
        String term = Texts.clean(raw == null ? null : TextNormalizer.toHalfWidth(raw).replace('\u3000', ' '));
        if (term == null) {
            throw new DomainException("vocabulary.error.termRequired");
        }
        if (term.length() > MAX_TERM) {
            throw new DomainException("vocabulary.error.termTooLong", MAX_TERM);
        }
        if (term.contains(",") || term.contains("、") || term.contains(";")) {
            throw new DomainException("vocabulary.error.termSeparator", term);
        }
        return term;
    }
}
