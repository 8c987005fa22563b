package org.zerodistance.ui.wishes;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.zerodistance.domain.Claimant;
import org.zerodistance.domain.Money;
import org.zerodistance.domain.WishEvent;
import org.zerodistance.domain.WishOverdueRule;
import org.zerodistance.domain.WishStatus;
import org.zerodistance.domain.WishSuggestion;
import org.zerodistance.i18n.Messages;

/** The words the wishes screen shows for statuses, claimants, suggestions and history lines. */
public final class WishTexts {

    private static final String DOT = " · ";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private WishTexts() {
    }

    public static String status(WishStatus status) {
        return status == null ? "" : Messages.get(status.labelKey());
    }

    /** {@code 张伟（党员）} or {@code 电器维修队（服务队）}. */
    public static String claimant(Claimant claimant) {
        if (claimant == null) {
            return "";
        }
        return Messages.get(claimant.isTeam() ? "wish.claimant.team" : "wish.claimant.member", claimant.name());
    }

    /** Why a suggestion fits, e.g. {@code 特长: 水电维修 · 在办 0 件 · 已兑现 2 件}. */
    public static String explain(WishSuggestion suggestion) {
        StringBuilder text = new StringBuilder();
        if (suggestion.matchedSkills().isEmpty()) {
            text.append(Messages.get("wish.match.noSkill"));
        } else {
            text.append(Messages.get(suggestion.claimant().isTeam() ? "wish.match.specialty" : "wish.match.skills",
                    String.join(Messages.get("wish.match.listSeparator"), suggestion.matchedSkills())));
        }
        text.append(DOT).append(Messages.get("wish.match.open", suggestion.openClaims()));
        if (suggestion.fulfilled() > 0) {
            text.append(DOT).append(Messages.get("wish.match.fulfilled", suggestion.fulfilled()));
        }
        return text.toString();
    }

    /** One line of a wish's history: time · operator · what happened (· note). */
    public static String describe(WishEvent event) {
        String what;
        String who = event.claimant() == null ? "" : claimant(event.claimant());
        if (event.from() == null) {
            what = Messages.get("wish.event.collected");
        } else if (event.to() == WishStatus.CLAIMED) {
            what = Messages.get("wish.event.claimed", who);
        } else if (event.to() == WishStatus.COLLECTED) {
            what = Messages.get("wish.event.released", who);
        } else if (event.to() == WishStatus.FULFILLED) {
            what = Messages.get("wish.event.fulfilled", who);
        } else {
            what = Messages.get("wish.event.cancelled");
        }
        String line = LocalDateTime.ofInstant(event.occurredAt(), ZoneId.systemDefault()).format(TIME) + DOT
                + Messages.get("wish.event.operator", event.operator()) + DOT + what;
        return event.note() == null ? line : line + DOT + Messages.get("wish.event.note", event.note());
    }

    /** Why a row is highlighted. */
    public static String overdue(WishOverdueRule.Reason reason, int unclaimedDays) {
        if (reason == null) {
            return "";
        }
        return reason == WishOverdueRule.Reason.PAST_DEADLINE
                ? Messages.get("wish.overdue.pastDeadline")
                : Messages.get("wish.overdue.unclaimed", unclaimedDays);
    }

    /** {@code 05-09} in the current year, {@code 2025-12-30} otherwise: dates in a narrow column. */
    public static String shortDate(java.time.LocalDate date, java.time.LocalDate today) {
        if (date == null) {
            return "";
        }
        return date.getYear() == today.getYear() ? date.format(DateTimeFormatter.ofPattern("MM-dd")) : date.toString();
    }

    /** {@code 35.00} or empty. */
    public static String money(java.math.BigDecimal value) {
        return value == null ? "" : Money.format(value);
    }
}
