package org.nkrtimeline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.nkrtimeline.collection.EntityKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * This instance's Lucene index of the articles readers may see, in {@code timeline.index.directory}
 * (default {@code data/index}). Written only by the {@link Indexer}; read by pages through
 * {@link #read}. Every write is committed together with the outbox position it brings the index to.
 * None where pages read the OpenSearch cluster's index ({@link PagesRead}).
 */
@Component
@ConditionalOnExpression(PagesRead.OWN_INDEX)
public class ArticleIndex implements DisposableBean, IndexTarget, ReadIndex {

    /**
     * The layout of the documents: an index written with another is rebuilt. 13: the same documents
     * as 12, rebuilt so that they are merged into one segment.
     */
    static final String FORMAT = "13";

    /** Documents buffered before Lucene writes a segment: the heap the index takes while it is built. */
    private static final double RAM_BUFFER_MB = 32;

    private static final Logger log = LoggerFactory.getLogger(ArticleIndex.class);

    private final Path path;
    private final Analyzer analyzer = new ArticleAnalyzer();
    private final FacetsConfig facets = facetsConfig();
    private final AtomicLong version = new AtomicLong();
    private Directory directory;
    private IndexWriter writer;
    private volatile SearcherManager views;
    private volatile boolean ready;
    private volatile Runnable catchUp;
    private String origin;

    /** Documents written before the writer flushes a segment, whatever their size; or never so. */
    private final int flushEveryDocs;

    @Autowired
    ArticleIndex(@Value("${timeline.index.directory:data/index}") Path path) {
        this(path, IndexWriterConfig.DISABLE_AUTO_FLUSH);
    }

    /** An index that writes a segment every {@code flushEveryDocs} documents: many segments from few articles. */
    ArticleIndex(Path path, int flushEveryDocs) {
        this.path = path;
        this.flushEveryDocs = flushEveryDocs;
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(Fields.TOPIC, true);
        for (EntityKind kind : EntityKind.values()) {
            config.setMultiValued(Fields.entityDimension(kind), true);
        }
        return config;
    }

    /** The analyzer of the searched text, for searches and their marks. */
    @Override
    public Analyzer analyzer() {
        return analyzer;
    }

    /**
     * A number that changes whenever what the index shows changes, for the page cache: a page rendered
     * before the index caught up with a change is not kept once it has.
     */
    @Override
    public long version() {
        return version.get();
    }

    /**
     * Applies every change the database has recorded so far before returning (waiting up to 10 s for
     * a change still being written), for a caller that must read what it just wrote by other means
     * than the app (SQL of its own). Does nothing where no indexer runs (the command-line commands).
     */
    public void catchUp() {
        Runnable hook = catchUp;
        if (hook != null) {
            hook.run();
        }
    }

    void onCatchUp(Runnable hook) {
        catchUp = hook;
    }

    /** Whether pages can read it: it is open, and was built if it had to be. */
    @Override
    public boolean isReady() {
        return ready;
    }

    void markReady() {
        ready = true;
    }

    @Override
    public <T> T reading(Function<IndexReading, T> work) {
        return read(work::apply);
    }

    /** Runs {@code work} on one point-in-time view of the index. */
    <T> T read(Function<LuceneReading, T> work) {
        SearcherManager current = views;
        if (current == null) {
            throw new IllegalStateException("The read index is not open");
        }
        try {
            IndexSearcher view = current.acquire();
            try {
                return work.apply(new LuceneReading((LuceneReading.View) view));
            } finally {
                current.release(view);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens the index directory, making it if missing; a missing or unreadable index, or one built from
     * another database than {@code origin}, is made empty.
     */
    @Override
    public synchronized Found open(String origin) throws IOException {
        Files.createDirectories(path);
        directory = FSDirectory.open(path);
        this.origin = origin;
        Found found = inspect();
        if (found instanceof Found.Unusable) {
            for (String file : directory.listAll()) {
                directory.deleteFile(file);
            }
        }
        writer = new IndexWriter(
                directory,
                writerConfig()
                        .setOpenMode(
                                found instanceof Found.Usable
                                        ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND
                                        : IndexWriterConfig.OpenMode.CREATE));
        if (found instanceof Found.Unusable) {
            writer.commit();
        }
        views = newViews();
        return found;
    }

    private Found inspect() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return new Found.Unusable("there is no index in " + path.toAbsolutePath());
            }
            Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
            IndexPosition position = IndexPosition.from(data);
            if (!FORMAT.equals(data.get("format")) || position == null) {
                return new Found.Unusable("the index in " + path.toAbsolutePath() + " was written by another version");
            }
            if (!origin.equals(data.get("origin"))) {
                return new Found.Unusable("the index in " + path.toAbsolutePath() + " was built from another database");
            }
            // Reading every file's checksum finds a damaged index before a page does.
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                reader.leaves().forEach(leaf -> {});
            }
            return new Found.Usable(position);
        } catch (IOException | RuntimeException e) {
            log.warn(
                    "The read index in {} cannot be read ({}); it will be rebuilt",
                    path.toAbsolutePath(),
                    e.toString());
            return new Found.Unusable("the index in " + path.toAbsolutePath() + " cannot be read");
        }
    }

    /** Writes the articles (replacing older versions), removes {@code removed}, commits at {@code position}. */
    @Override
    public synchronized void apply(List<IndexedArticle> articles, Collection<Long> removed, IndexPosition position)
            throws IOException {
        for (IndexedArticle article : articles) {
            writer.updateDocument(new Term(Fields.KEY, IndexedArticle.key(article.id())), article.toDocument(facets));
        }
        for (long id : removed) {
            writer.deleteDocuments(new Term(Fields.KEY, IndexedArticle.key(id)));
        }
        commit(position);
    }

    /**
     * Replaces everything with {@code articles}, committed at {@code position} only when all are
     * written: until then pages read the index as it was, and a crash leaves it as it was.
     */
    @Override
    public synchronized void replaceAll(
            Iterator<IndexedArticle> articles, IndexPosition position, LongConsumer progress) throws IOException {
        try {
            writer.deleteAll();
            long written = 0;
            while (articles.hasNext()) {
                writer.addDocument(articles.next().toDocument(facets));
                progress.accept(++written);
            }
            // One segment: every search, sort and facet count then reads one set of files and needs
            // no map from each segment's facet ordinals to the index's (docs/performance.md: a
            // quarter more pages a second at 100,000 articles, for 6.5 s more of the rebuild). Later
            // changes add small segments, which Lucene's merge policy folds in as usual.
            writer.forceMerge(1);
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            reopenAfterRollback();
            throw e;
        }
        commit(position);
    }

    @Override
    public String name() {
        return "the read index";
    }

    @Override
    public String summary() throws IOException {
        return read(LuceneReading::articles) + " articles (" + sizeOnDisk() / (1024 * 1024) + " MB, segments: "
                + read(LuceneReading::segments) + ")";
    }

    /** The position of the last commit. */
    synchronized IndexPosition position() throws IOException {
        return IndexPosition.from(SegmentInfos.readLatestCommit(directory).getUserData());
    }

    /** Index files' total size in bytes. */
    synchronized long sizeOnDisk() throws IOException {
        long size = 0;
        for (String file : directory.listAll()) {
            size += directory.fileLength(file);
        }
        return size;
    }

    private void commit(IndexPosition position) throws IOException {
        Map<String, String> data = new java.util.HashMap<>(position.commitData());
        data.put("format", FORMAT);
        data.put("origin", origin);
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        views.maybeRefreshBlocking();
        version.incrementAndGet();
    }

    /** A rollback closes the writer; the index is as of its last commit, and is opened again. */
    private void reopenAfterRollback() throws IOException {
        SearcherManager old = views;
        writer = new IndexWriter(directory, writerConfig());
        views = newViews();
        old.close();
    }

    private IndexWriterConfig writerConfig() {
        return new IndexWriterConfig(analyzer).setRAMBufferSizeMB(RAM_BUFFER_MB).setMaxBufferedDocs(flushEveryDocs);
    }

    private SearcherManager newViews() throws IOException {
        return new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                return new LuceneReading.View(reader, facets);
            }
        });
    }

    @Override
    public synchronized void destroy() throws IOException {
        if (views != null) {
            views.close();
            views = null;
        }
        if (writer != null) {
            writer.close();
            writer = null;
        }
        if (directory != null) {
            directory.close();
            directory = null;
        }
    }
}
