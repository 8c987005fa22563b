package org.zerodistance.domain;

/** Whether a member still serves here: active, moved out, or transferred to another community. */
public enum MemberStatus { ACTIVE, MOVED_OUT, TRANSFERRED }
