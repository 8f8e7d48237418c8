package org.nkrtimeline.database;

/** No PostgreSQL could be found or started; the message says what was tried. */
public class NoDatabaseException extends RuntimeException {

    public NoDatabaseException(String message) {
        super(message);
    }
}
