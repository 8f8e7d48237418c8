package org.nkrtimeline.event;

import org.nkrtimeline.index.ReadIndex;

/** For tests elsewhere: near duplicates found in the index given, whatever this instance's pages read. */
public final class NearDuplicatesIn {

    private NearDuplicatesIn() {}

    public static NearDuplicates of(ReadIndex index) {
        return new NearDuplicates(index);
    }
}
