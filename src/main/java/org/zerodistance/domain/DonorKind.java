package org.zerodistance.domain;

/** Who gave: a member, a team, or a named organisation. */
public enum DonorKind { MEMBER, TEAM, ORGANISATION }
