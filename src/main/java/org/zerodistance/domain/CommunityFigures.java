package org.zerodistance.domain;

/** One community's figures for a quarter: a row of the report's 汇总 sheet. */
public record CommunityFigures(Community community, QuarterFigures figures) {
}
