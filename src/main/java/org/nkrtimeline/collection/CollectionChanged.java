package org.nkrtimeline.collection;

/**
 * Published, inside its transaction, by whatever changes what readers see (an import, an editor's
 * correction), so that this instance's cached pages are dropped as soon as the change is committed.
 * The database records every change too (V13), for changes made elsewhere.
 */
public record CollectionChanged() {}
