package org.zerodistance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The rows of the quarterly report's detail sheets, as read from the database (ID numbers and phones in clear: the
 * workbook masks them unless asked not to). Statuses, kinds and sources are the stored codes ({@code FULFILLED},
 * {@code CASH}, …); the workbook turns them into the clerk's words.
 */
public final class ReportRows {

    private ReportRows() {
    }

    /**
     * 党员积分: a member's place in their community's ranking of the quarter (the recognition ranking: points, then
     * wishes fulfilled, then name), with the quarter's awards.
     */
    public record Ranking(String community, int rank, String name, String idNumber, String phone, String partyBranch,
                          String workUnit, long records, int fulfilledWishes, BigDecimal points, String awards) {
    }

    /** A member as the detail sheets show them. */
    public record Person(String name, String phone, String idNumber, String partyBranch, String workUnit) {
    }

    /** A household as the detail sheets name it: head, address, phone. */
    public record Home(String head, String address, String phone) {
    }

    /** 微心愿: a wish active in the quarter. {@code claimant} is a member's or a team's name. */
    public record Wish(String community, long id, String content, String category, String resident, String phone,
                       String source, LocalDate collected, LocalDate deadline, String status, String claimant,
                       boolean teamClaim, LocalDate claimed, LocalDate fulfilled, BigDecimal estimatedValue,
                       BigDecimal actualValue, String note) {
    }

    /** 结对帮扶: a pairing running in the quarter, with its visits and help records of the quarter. */
    public record Pairing(String community, long id, String member, String memberPhone, String household, String address,
                          String householdPhone, LocalDate start, LocalDate end, long visits, long helpRecords,
                          BigDecimal helpValue) {
    }

    /** 帮扶资金: a ledger entry of the quarter; {@code amount} is negative for a reversing entry. */
    public record Fund(String community, long id, LocalDate date, String kind, String description, String quantity,
                       BigDecimal amount, String donorKind, String donor, String beneficiary, Long reversesId,
                       String reason, String operator) {
    }

    /** 服务记录: a passbook entry of the quarter (with the ids the ranking is worked out from). */
    public record Service(String community, long communityId, long id, LocalDate date, long memberId, String member,
                          String kind, String description, BigDecimal hours, BigDecimal points, Long reversesId,
                          String reason, String operator) {
    }
}
