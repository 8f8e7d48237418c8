package org.nkrtimeline.index;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * For tests elsewhere: the OpenSearch cluster's index as an instance reading it has it, beside this
 * instance's own read index (an app reading OpenSearch keeps none), to compare the two.
 */
public final class OpenSearchReadIndex {

    private OpenSearchReadIndex() {}

    public static ReadIndex of(ObjectMapper json, String url, String alias) {
        return new OpenSearchReads(json, url, "", "", alias);
    }
}
