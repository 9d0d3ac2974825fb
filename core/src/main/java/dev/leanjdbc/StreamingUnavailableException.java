package dev.leanjdbc;

import org.jooq.exception.DataAccessException;

/**
 * The database cannot stream this result on this connection, so leanjdbc refuses to run it rather than let
 * the driver buffer the whole result silently. The message says why and what to change.
 */
public final class StreamingUnavailableException extends DataAccessException {

    private static final long serialVersionUID = 1L;

    /** Made by leanjdbc (see {@code ApiAccess}); not public, so fields can be added. */
    StreamingUnavailableException(String message) {
        super(message);
    }
}
