package org.nkrtimeline.editorial.importing;

import org.nkrtimeline.i18n.Message;

/**
 * What became of one file of an import.
 *
 * @param slug        the article's address: the new one, or the existing one the file duplicates
 * @param why         why the file was rejected: which file, which line, what is wrong; null otherwise
 * @param publication whether the imported article is public or awaits review; null unless IMPORTED
 */
public record ImportOutcome(String fileName, Status status, String slug, Message why, Publication publication) {

    public enum Status {
        IMPORTED,
        DUPLICATE,
        REJECTED
    }

    /** What readers see of an imported article. */
    public enum Publication {
        /** Published at its import. */
        PUBLISHED,
        /** On no public page until an editor publishes it. */
        AWAITING_REVIEW,
        /**
         * Awaiting review, whatever the import was asked: no headline could be proposed from the text,
         * so the file's name stands in for one, and an editor must write one before publishing.
         */
        HEADLINE_NEEDED
    }

    /** An outcome that is not an import: a duplicate or a rejection. */
    public ImportOutcome(String fileName, Status status, String slug, Message why) {
        this(fileName, status, slug, why, null);
    }

    static ImportOutcome imported(String fileName, String slug, Publication publication) {
        return new ImportOutcome(fileName, Status.IMPORTED, slug, null, publication);
    }

    static ImportOutcome duplicate(String fileName, String slug) {
        return new ImportOutcome(fileName, Status.DUPLICATE, slug, null);
    }

    static ImportOutcome rejected(String fileName, Message why) {
        return new ImportOutcome(fileName, Status.REJECTED, null, why);
    }

    /** Imported, and not public until an editor publishes it. */
    public boolean awaitsReview() {
        return status == Status.IMPORTED && publication != Publication.PUBLISHED;
    }

    /** Why the file was rejected, in English (the command line's words); pages read {@link #why()}. */
    public String reason() {
        return why == null ? null : why.english();
    }
}
