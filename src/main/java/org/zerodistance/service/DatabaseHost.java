package org.zerodistance.service;

/**
 * Holds the data folder's open database for the composition root; a restore closes it, replaces its file and
 * opens it again through this.
 */
public interface DatabaseHost {

    /** The services over the open database, or null while it is closed or could not be opened. */
    Services current();

    /** Opens the database (migrating it) and returns its services; throws when it cannot be opened. */
    Services open();

    /** Closes the database if it is open. */
    void closeDatabase();
}
