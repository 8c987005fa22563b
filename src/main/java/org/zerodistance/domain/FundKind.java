package org.zerodistance.domain;

/** Cash (现金) or materials (物资) valued in yuan. */
public enum FundKind { CASH, MATERIAL }
