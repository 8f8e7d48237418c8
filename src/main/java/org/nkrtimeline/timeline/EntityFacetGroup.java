package org.nkrtimeline.timeline;

import java.util.List;
import org.nkrtimeline.collection.EntityKind;

/** The entity facets of one kind, most mentioned first. */
public record EntityFacetGroup(EntityKind kind, List<FacetChoice> facets) {

    public EntityFacetGroup {
        facets = List.copyOf(facets);
    }
}
