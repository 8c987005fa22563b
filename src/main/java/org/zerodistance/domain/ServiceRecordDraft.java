package org.zerodistance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A passbook entry about to be written. Links say what earned it (at most the ones that apply);
 * {@code points} is null when the kind's rule decides.
 */
public record ServiceRecordDraft(long communityId, long memberId, LocalDate date, ServiceKind kind, String description,
                                 BigDecimal hours, BigDecimal points, Links links, String reason) {

    /** What the entry is about; all optional. */
    public record Links(Long wishId, Long helpRecordId, Long visitId, Long teamActivityId, Long postClaimId, Long reversesId) {
        public static final Links NONE = new Links(null, null, null, null, null, null);

        public static Links wish(long id) {
            return new Links(id, null, null, null, null, null);
        }

        public static Links helpRecord(long id) {
            return new Links(null, id, null, null, null, null);
        }

        public static Links visit(long id) {
            return new Links(null, null, id, null, null, null);
        }

        public static Links teamActivity(long id) {
            return new Links(null, null, null, id, null, null);
        }

        public static Links postClaim(long id) {
            return new Links(null, null, null, null, id, null);
        }

        public static Links reverses(long id) {
            return new Links(null, null, null, null, null, id);
        }
    }

    /** An entry whose points come from the kind's rule. */
    public static ServiceRecordDraft byRule(long communityId, long memberId, LocalDate date, ServiceKind kind,
                                            String description, BigDecimal hours, Links links) {
        return new ServiceRecordDraft(communityId, memberId, date, kind, description, hours, null, links, null);
    }
}
