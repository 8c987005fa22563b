package org.zerodistance.ui.wishes;

import org.zerodistance.domain.Wish;
import org.zerodistance.domain.WishOverdueRule;

/** A wish as the list shows it: the wish and, when it is overdue, why (null otherwise). */
public record WishRow(Wish wish, WishOverdueRule.Reason overdue) {

    public boolean isOverdue() {
        return overdue != null;
    }

    public long id() {
        return wish.id();
    }
}
