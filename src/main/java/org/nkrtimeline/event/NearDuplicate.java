package org.nkrtimeline.event;

/**
 * A published article of which a new text is substantially a copy.
 *
 * @param share the part of the new text's word triples that the article has, 0 to 1
 */
public record NearDuplicate(long id, String slug, String headline, double share) {

    /** The share in whole percent, rounded down: "62". */
    public int percent() {
        return (int) Math.floor(share * 100);
    }
}
