package org.zerodistance.ui.common;

import org.zerodistance.domain.Community;
import org.zerodistance.domain.Figure;
import org.zerodistance.domain.Quarter;

/**
 * What a list screen should show when opened from a figure of the dashboard: the records behind {@code figure} in
 * {@code quarter} for {@code community} (null: all). {@code detail} narrows it further where a chart was clicked: a
 * wish status code such as {@code FULFILLED}, a month such as {@code 2026-08}, or a member's id; null otherwise.
 */
public record ListFilter(Figure figure, Quarter quarter, Community community, String detail) {
}
