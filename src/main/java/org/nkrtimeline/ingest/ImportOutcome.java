package org.nkrtimeline.ingest;

/**
 * What became of one file of an import.
 *
 * @param slug   the article's address: the new one, or the existing one the file duplicates
 * @param reason why the file was rejected: which file, which line, what is wrong; null otherwise
 */
public record ImportOutcome(String fileName, Status status, String slug, String reason) {

    public enum Status { IMPORTED, DUPLICATE, REJECTED }

    static ImportOutcome imported(String fileName, String slug) {
        return new ImportOutcome(fileName, Status.IMPORTED, slug, null);
    }

    static ImportOutcome duplicate(String fileName, String slug) {
        return new ImportOutcome(fileName, Status.DUPLICATE, slug, null);
    }

    static ImportOutcome rejected(String fileName, String reason) {
        return new ImportOutcome(fileName, Status.REJECTED, null, reason);
    }
}
