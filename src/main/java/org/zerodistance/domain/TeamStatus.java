package org.zerodistance.domain;

/** Whether a volunteer team still works; a disbanded team keeps its history but takes no new activities. */
public enum TeamStatus {
    ACTIVE, DISBANDED
}
