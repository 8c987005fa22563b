package org.zerodistance.ui.about;

/** What the About screen shows: version and where data and logs live. */
public record AboutViewModel(String version, String dataFolder, String logFolder) {
}
