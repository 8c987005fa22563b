package org.zerodistance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A wish as the clerk collects it, checked and tidied on construction: either a household of the registry
 * ({@code householdId}) or a resident's name (and optional phone, stored as digits) for someone not registered.
 */
public record WishDraft(long communityId, Long householdId, String residentName, String residentPhone, String content,
                        String category, BigDecimal estimatedValue, WishSource source, LocalDate collectedDate,
                        LocalDate deadline) {

    public static final int MAX_RESIDENT_NAME = 50;
    public static final int MAX_CONTENT = 1000;
    public static final int MAX_CATEGORY = 50;

    public WishDraft {
        if (householdId != null) {
            residentName = null;
            residentPhone = null;
        } else {
            residentName = strip(residentName);
            if (residentName == null) {
                throw new DomainException("wish.error.residentRequired");
            }
            if (residentName.length() > MAX_RESIDENT_NAME) {
                throw new DomainException("wish.error.residentTooLong", MAX_RESIDENT_NAME);
            }
            Phone phone = Phone.parseOptional(residentPhone);
            residentPhone = phone == null ? null : phone.digits();
        }
        content = strip(content);
        if (content == null) {
            throw new DomainException("wish.error.contentRequired");
        }
        if (content.length() > MAX_CONTENT) {
            throw new DomainException("wish.error.contentTooLong", MAX_CONTENT);
        }
        category = strip(category);
        if (category == null) {
            throw new DomainException("wish.error.categoryRequired");
        }
        if (category.length() > MAX_CATEGORY) {
            throw new DomainException("wish.error.categoryTooLong", MAX_CATEGORY);
        }
        if (estimatedValue != null) {
            estimatedValue = Money.check(estimatedValue);
        }
        if (source == null) {
            throw new DomainException("wish.error.sourceRequired");
        }
        if (collectedDate == null) {
            throw new DomainException("wish.error.collectedDateRequired");
        }
        if (deadline != null && deadline.isBefore(collectedDate)) {
            throw new DomainException("wish.error.deadlineBeforeCollected", deadline, collectedDate);
        }
    }

    /** Trimmed text, or null when blank. */
    static String strip(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        return s.isEmpty() ? null : s;
    }
}
