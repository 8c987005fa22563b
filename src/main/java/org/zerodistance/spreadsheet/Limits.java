package org.zerodistance.spreadsheet;

/**
 * Bounds that keep any input from running the program out of memory or time. A member list of the
 * programme has thousands of rows; these leave room for 200,000 and refuse anything beyond, with a reason.
 */
public final class Limits {

    /** Rows read from one sheet (the header and title rows included). */
    public static final int MAX_ROWS = 200_000;
    /** Columns kept from one row; cells further right are ignored. */
    public static final int MAX_COLUMNS = 200;
    /** Characters kept in one cell, as Excel itself allows (32,767). */
    public static final int MAX_CELL_CHARS = 32_767;

    /** An xlsx file on disk. */
    public static final long MAX_XLSX_BYTES = 200L * 1024 * 1024;
    /** All parts of an xlsx, inflated. */
    public static final long MAX_XLSX_INFLATED_BYTES = 1024L * 1024 * 1024;
    /** The shared-strings part, inflated: its strings are held in memory while the sheet is read. */
    public static final long MAX_SHARED_STRINGS_BYTES = 150L * 1024 * 1024;
    /** Smallest compressed/inflated ratio accepted for a part (POI's zip-bomb threshold). */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** Inflated bytes of a part before its ratio is judged (small parts compress very well and are harmless). */
    public static final long RATIO_GRACE_BYTES = 1024L * 1024;
    /** Parts in an xlsx package. */
    public static final int MAX_ZIP_ENTRIES = 10_000;

    /** An .xls file: POI reads these whole into memory, and Excel 97-2003 holds at most 65,536 rows a sheet. */
    public static final long MAX_XLS_BYTES = 30L * 1024 * 1024;

    /** A CSV file. */
    public static final long MAX_CSV_BYTES = 100L * 1024 * 1024;
    /** Characters in one CSV record (a quote that never closes would otherwise swallow the whole file). */
    public static final int MAX_CSV_RECORD_CHARS = 1024 * 1024;

    private Limits() {
    }
}
