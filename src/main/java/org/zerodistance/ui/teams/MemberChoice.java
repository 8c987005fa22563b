package org.zerodistance.ui.teams;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.zerodistance.domain.MemberName;

/** A member in a list with a tick box: team membership or taking part in an activity. */
public final class MemberChoice {

    private final MemberName member;
    private final BooleanProperty checked;

    public MemberChoice(MemberName member, boolean checked) {
        this.member = member;
        this.checked = new SimpleBooleanProperty(checked);
    }

    public MemberName member() {
        return member;
    }

    public BooleanProperty checkedProperty() {
        return checked;
    }

    public boolean isChecked() {
        return checked.get();
    }

    @Override
    public String toString() {
        return member.name();
    }
}
