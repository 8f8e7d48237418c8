package org.nkrtimeline.editorial.importing;

import org.nkrtimeline.i18n.Message;

/**
 * What became of one file of an import.
 *
 * @param slug   the article's address: the new one, or the existing one the file duplicates
 * @param why    why the file was rejected: which file, which line, what is wrong; null otherwise
 */
public record ImportOutcome(String fileName, Status status, String slug, Message why) {

    public enum Status {
        IMPORTED,
        DUPLICATE,
        REJECTED
    }

    static ImportOutcome imported(String fileName, String slug) {
        return new ImportOutcome(fileName, Status.IMPORTED, slug, null);
    }

    static ImportOutcome duplicate(String fileName, String slug) {
        return new ImportOutcome(fileName, Status.DUPLICATE, slug, null);
    }

    static ImportOutcome rejected(String fileName, Message why) {
        return new ImportOutcome(fileName, Status.REJECTED, null, why);
    }

    /** Why the file was rejected, in English (the command line's words); pages read {@link #why()}. */
    public String reason() {
        return why == null ? null : why.english();
    }
}
