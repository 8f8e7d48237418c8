package org.nkrtimeline.editorial.importing;

/**
 * Whether an import publishes its article. An article no editor has reviewed is not public: the
 * command line imports for review unless told {@code --publish}; on the import review page the
 * editor chooses for each file.
 */
public enum Publish {
    /** Readers see the article as soon as it is imported (if it has a headline of its own). */
    NOW,
    /** The article waits, on no public page, until an editor publishes it from its edit page. */
    AFTER_REVIEW
}
