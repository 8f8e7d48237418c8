package org.nkrtimeline.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;

/** A PostgreSQL server reached as a superuser-like account that may create and drop databases. */
public record PostgresServer(String host, int port, String username, String password) {

    /** Lower-case identifiers need no quoting rules, so names are limited to them. */
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private static final int CONNECT_TIMEOUT_SECONDS = 3;

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://%s:%d/%s".formatted(host, port, database);
    }

    /** The server's version, e.g. "15.20"; throws if the server cannot be reached or refuses the login. */
    public String version() throws SQLException {
        try (Connection connection = connect("postgres");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1).split(" ")[0];
        }
    }

    /** Creates the database unless it exists; says whether it did. */
    public boolean createDatabaseIfMissing(String database) throws SQLException {
        requireValidName(database);
        try (Connection connection = connect("postgres")) {
            try (PreparedStatement exists =
                    connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + database + " encoding 'UTF8' template template0");
            }
            return true;
        }
    }

    /** Drops the database, closing any connections still open to it (PostgreSQL 13 and newer). */
    public void dropDatabase(String database) throws SQLException {
        requireValidName(database);
        try (Connection connection = connect("postgres");
                Statement drop = connection.createStatement()) {
            drop.execute("drop database if exists " + database + " with (force)");
        }
    }

    private Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", password == null ? "" : password);
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        return DriverManager.getConnection(jdbcUrl(database), properties);
    }

    private static void requireValidName(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("\"" + database
                    + "\" is not a usable database name: use lower-case letters, digits and underscores");
        }
    }
}
