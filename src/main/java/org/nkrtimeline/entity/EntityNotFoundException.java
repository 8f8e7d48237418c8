package org.nkrtimeline.entity;

import org.nkrtimeline.web.NotFoundException;

public class EntityNotFoundException extends NotFoundException {

    private static final Wording WORDING =
            new Wording("error.entity.title", "error.entity.detail", "error.entity.hint");

    public EntityNotFoundException(String slug) {
        super(WORDING, slug, "No person, place or organisation has the address “" + slug + "”.");
    }
}
