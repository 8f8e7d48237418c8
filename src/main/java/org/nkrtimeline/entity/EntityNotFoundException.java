package org.nkrtimeline.entity;

public class EntityNotFoundException extends RuntimeException {

    public EntityNotFoundException(String slug) {
        super("No person, place or organisation has the address “" + slug + "”.");
    }
}
