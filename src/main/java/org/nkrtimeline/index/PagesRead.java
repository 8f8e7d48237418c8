package org.nkrtimeline.index;

/**
 * Which index this instance's pages read, as the conditions of the beans that differ: its own read
 * index ({@link ArticleIndex}, the default), or the OpenSearch cluster's, when
 * {@code timeline.opensearch.reads} is on and {@code timeline.opensearch.url} names the cluster. An
 * instance reading OpenSearch keeps no index of its own.
 */
final class PagesRead {

    static final String OPENSEARCH = "'${timeline.opensearch.url:}' != '' and ${timeline.opensearch.reads:false}";

    static final String OWN_INDEX = "!(" + OPENSEARCH + ")";

    private PagesRead() {}
}
