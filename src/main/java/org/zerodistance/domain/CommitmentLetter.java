package org.zerodistance.domain;

import java.util.List;

/**
 * The words of a commitment letter (承诺书), ready to lay out: title, opening paragraphs, the numbered commitments,
 * a closing paragraph and the lines to sign and date by hand.
 */
public record CommitmentLetter(String title, List<String> paragraphs, String commitmentsIntro, List<String> commitments,
                               String closing, String signatureLine, String dateLine, String footer) {

    public CommitmentLetter {
        paragraphs = List.copyOf(paragraphs);
        commitments = List.copyOf(commitments);
    }
}
