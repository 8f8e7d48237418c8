/** Java migrations: they parse, store and tag the seed articles with the same code the application uses. */
package db.migration;
