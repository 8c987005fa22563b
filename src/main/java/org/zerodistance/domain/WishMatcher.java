package org.zerodistance.domain;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Ranks candidates for a wish (专长对接): best skill fit to the wish's category and words first, then fewest open
 * claims (spread the work), then most past fulfilments (experience), then by name.
 */
public final class WishMatcher {

    /** Someone who could claim: their skills (a team's specialty), open claims and past fulfilments. */
    public record Candidate(Claimant claimant, List<String> skills, int openClaims, int fulfilled) {
        public Candidate {
            skills = skills == null ? List.of() : List.copyOf(skills);
        }
    }

    private final SkillAffinity affinity;

    public WishMatcher(SkillAffinity affinity) {
        this.affinity = affinity;
    }

    /** Every candidate, best first. */
    public List<WishSuggestion> rank(String category, String content, List<Candidate> candidates) {
        List<WishSuggestion> suggestions = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            List<String> matched = new ArrayList<>();
            int total = 0;
            for (String skill : candidate.skills()) {
                int fit = affinity.fit(skill, category, content);
                if (fit > 0) {
                    matched.add(skill);
                    total += fit;
                }
            }
            // The skills that fit best are named first in the explanation.
            matched.sort(Comparator.comparingInt((String s) -> -affinity.fit(s, category, content)));
            suggestions.add(new WishSuggestion(candidate.claimant(), matched, total, candidate.openClaims(), candidate.fulfilled()));
        }
        Collator names = Collator.getInstance(Locale.CHINA);
        suggestions.sort(Comparator.comparingInt((WishSuggestion s) -> -s.fit())
                .thenComparingInt(WishSuggestion::openClaims)
                .thenComparingInt(s -> -s.fulfilled())
                .thenComparing(s -> s.claimant().name(), names)
                .thenComparingLong(s -> s.claimant().id()));
        return suggestions;
    }
}
