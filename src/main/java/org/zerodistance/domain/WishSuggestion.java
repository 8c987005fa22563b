package org.zerodistance.domain;

import java.util.List;

/**
 * A member or team suggested for a wish, with what makes them fit: the skills (or specialty) that match, the total fit,
 * how many wishes they have claimed and not yet fulfilled, and how many they have fulfilled before.
 */
public record WishSuggestion(Claimant claimant, List<String> matchedSkills, int fit, int openClaims, int fulfilled) {

    public WishSuggestion {
        matchedSkills = List.copyOf(matchedSkills);
    }
}
