package org.nkrtimeline.entity;

public class EntityNotFoundException extends RuntimeException {

    private final String slug;

    public EntityNotFoundException(String slug) {
        super("No person, place or organisation has the address “" + slug + "”.");
        this.slug = slug;
    }

    /** The address that names no entity, for the error page to quote. */
    public String slug() {
        return slug;
    }
}
