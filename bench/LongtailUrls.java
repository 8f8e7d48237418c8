import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The long-tail mix of bench/longtail.sh: COUNT reader addresses of a database, no two the same, each
 * tagged with its band, as "band TAB path" lines in the order they are to be requested. The same
 * database and SEED give the same list. Every choice is drawn from what the database holds: its
 * topics, the entities that have articles, its article ids and slugs, and its search terms (the
 * lexemes of the public articles' search vectors, by how many articles hold each).
 *
 * <pre>java -cp postgresql.jar bench/LongtailUrls.java JDBC_URL USER SEED COUNT [WORD_LIST] &gt; urls.tsv</pre>
 *
 * WORD_LIST (one word a line, e.g. /usr/share/dict/american-english) is where absent search words
 * come from: words whose search terms no article holds. Without one, made-up words are used.
 * What it made goes to stderr: the size of each band's vocabulary and the number of addresses.
 */
public class LongtailUrls {

    /** The bands and their shares of the mix, in percent. */
    static final Map<String, Integer> WEIGHTS = new LinkedHashMap<>();

    static {
        WEIGHTS.put("topics", 8); // one to four topics; a later page in 25%
        WEIGHTS.put("entities", 6); // one or two entities (all of them must be mentioned); a later page in 25%
        WEIGHTS.put("dates", 8); // a date range of random width, on either axis, or one end only
        WEIGHTS.put("combined", 6); // topics, an entity and a date range together
        WEIGHTS.put("q-everywhere", 5); // a word in at least 75% of the articles (kim, russia...)
        WEIGHTS.put("q-common", 8); // a word in 2-30% of the articles
        WEIGHTS.put("q-rare", 6); // a word in at most 0.05% of them (at least 5)
        WEIGHTS.put("q-absent", 4); // a real word no article has
        WEIGHTS.put("q-phrase", 6); // "two words" in quotes: half from an article's text, half two common words
        WEIGHTS.put("q-exclusion", 4); // word -word
        WEIGHTS.put("q-or", 4); // word or word
        WEIGHTS.put("q-variant", 4); // a name in Hangul, Cyrillic or another romanisation (V29), alone or with a word
        WEIGHTS.put("deep", 8); // after=ID: a page deep in the (filtered) timeline
        WEIGHTS.put("article", 12); // an article's page with the filter of a timeline it is on
        WEIGHTS.put("entity-page", 3); // /entities/SLUG
        WEIGHTS.put("event-page", 4); // /events/SLUG (left out when the collection has no events)
        WEIGHTS.put("feed", 5); // /feed.atom with a filter
        WEIGHTS.put("api", 7); // /api/v1/articles with a filter, a limit, sometimes after=ID
    }

    static final LocalDate FIRST_DAY = LocalDate.of(1996, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

    final SplittableRandom random;
    final Connection db;
    final List<String> topics = new ArrayList<>();
    final List<String> entities = new ArrayList<>();
    final List<String> events = new ArrayList<>();
    final List<String> variants = new ArrayList<>();
    long[] articleIds;
    String[] articleSlugs;
    /** Per article (by its index in articleIds): event and publication day (epoch day, or MIN_VALUE), topics (bits by the index in topics), entities (indexes in entities). */
    long[] eventDays;
    long[] publishedDays;
    int[] topicBits;
    int[][] entityIndexes;
    final Map<String, List<String>> words = new TreeMap<>();
    final List<String> absent = new ArrayList<>();
    long entityPageNumber;

    LongtailUrls(Connection db, long seed) {
        this.db = db;
        this.random = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: java -cp postgresql.jar bench/LongtailUrls.java JDBC_URL USER SEED COUNT [WORD_LIST]");
            System.exit(2);
        }
        int count = Integer.parseInt(args[3]);
        try (Connection db = DriverManager.getConnection(args[0], args[1], System.getenv("PGPASSWORD"))) {
            LongtailUrls mix = new LongtailUrls(db, Long.parseLong(args[2]));
            mix.load(args.length > 4 ? Path.of(args[4]) : null);
            StringBuilder out = new StringBuilder();
            Map<String, Integer> perBand = new TreeMap<>();
            for (Map.Entry<String, String> url : mix.urls(count).entrySet()) {
                out.append(url.getValue()).append('\t').append(url.getKey()).append('\n');
                perBand.merge(url.getValue(), 1, Integer::sum);
            }
            System.out.print(out);
            System.err.println("LongtailUrls: " + count + " addresses: " + perBand);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // What the database holds

    void load(Path wordList) throws Exception {
        // Rows are streamed (a cursor, 10,000 at a time), not all held at once: at 1,000,000 articles
        // their entity tags are 6 million rows.
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.setFetchSize(10_000);
            try (ResultSet r = s.executeQuery("select slug from topic order by slug")) {
                while (r.next()) {
                    topics.add(r.getString(1));
                }
            }
            try (ResultSet r = s.executeQuery("""
                    select e.slug from entity e
                    where exists (select from article_entity ae join public_article a on a.id = ae.article_id
                                  where ae.entity_id = e.id)
                    order by e.slug""")) {
                while (r.next()) {
                    entities.add(r.getString(1));
                }
            }
            try (ResultSet r = s.executeQuery("""
                    select e.slug from event e
                    where exists (select from event_report r join public_article a on a.id = r.article_id
                                  where r.event_id = e.id)
                    order by e.id""")) {
                while (r.next()) {
                    events.add(r.getString(1));
                }
            } catch (java.sql.SQLException noEvents) {
                // A database made before events (V21): the band is left out.
                db.rollback();
            }
            if (events.isEmpty()) {
                WEIGHTS.remove("event-page");
            }
            try (ResultSet r = s.executeQuery("select alias from entity_alias where variant order by alias")) {
                while (r.next()) {
                    variants.add(r.getString(1));
                }
            } catch (java.sql.SQLException noVariants) {
                // A database made before names across alphabets (V29): the band is left out.
                db.rollback();
            }
            if (variants.isEmpty()) {
                WEIGHTS.remove("q-variant");
            }
            List<Long> ids = new ArrayList<>();
            List<String> slugs = new ArrayList<>();
            List<Long> events = new ArrayList<>();
            List<Long> published = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select id, slug, event_date, published_date from public_article order by id")) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                    slugs.add(r.getString(2));
                    events.add(r.getDate(3) == null ? Long.MIN_VALUE : r.getDate(3).toLocalDate().toEpochDay());
                    published.add(r.getDate(4) == null ? Long.MIN_VALUE : r.getDate(4).toLocalDate().toEpochDay());
                }
            }
            articleIds = ids.stream().mapToLong(Long::longValue).toArray();
            articleSlugs = slugs.toArray(String[]::new);
            eventDays = events.stream().mapToLong(Long::longValue).toArray();
            publishedDays = published.stream().mapToLong(Long::longValue).toArray();
            Map<Long, Integer> index = new java.util.HashMap<>();
            for (int i = 0; i < articleIds.length; i++) {
                index.put(articleIds[i], i);
            }
            topicBits = new int[articleIds.length];
            Map<Long, Integer> topicById = new java.util.HashMap<>();
            try (ResultSet r = s.executeQuery("select id, slug from topic")) {
                while (r.next()) {
                    topicById.put(r.getLong(1), topics.indexOf(r.getString(2)));
                }
            }
            try (ResultSet r = s.executeQuery("select article_id, topic_id from article_topic")) {
                while (r.next()) {
                    Integer i = index.get(r.getLong(1));
                    if (i != null) {
                        topicBits[i] |= 1 << topicById.get(r.getLong(2));
                    }
                }
            }
            List<List<Integer>> tagged = new ArrayList<>();
            for (int i = 0; i < articleIds.length; i++) {
                tagged.add(new ArrayList<>(4));
            }
            Map<Long, Integer> entityById = new java.util.HashMap<>();
            try (ResultSet r = s.executeQuery("select id, slug from entity")) {
                while (r.next()) {
                    entityById.put(r.getLong(1), entities.indexOf(r.getString(2)));
                }
            }
            try (ResultSet r = s.executeQuery("select article_id, entity_id from article_entity order by article_id, entity_id")) {
                while (r.next()) {
                    Integer i = index.get(r.getLong(1));
                    int entity = entityById.getOrDefault(r.getLong(2), -1);
                    if (i != null && entity >= 0) {
                        tagged.get(i).add(entity);
                    }
                }
            }
            entityIndexes = new int[articleIds.length][];
            for (int i = 0; i < articleIds.length; i++) {
                entityIndexes[i] = tagged.get(i).stream().mapToInt(Integer::intValue).toArray();
            }
            if (articleIds.length == 0 || topics.isEmpty() || entities.isEmpty()) {
                throw new IllegalStateException("the database has no public articles, topics or tagged entities");
            }
            // Search terms (lexemes) by the share of articles that hold them, each typed as a word
            // that the search reads as that term (surfaceWords): "troubled", not the stem "troubl".
            double n = articleIds.length;
            Map<String, Long> lexemeArticles = new TreeMap<>();
            try (ResultSet r = s.executeQuery("select word, ndoc from ts_stat('select search_vector from public_article')")) {
                while (r.next()) {
                    lexemeArticles.put(r.getString(1), r.getLong(2));
                }
            }
            Map<String, String> surface = surfaceWords(wordList);
            for (Map.Entry<String, Long> lexeme : lexemeArticles.entrySet()) {
                String word = surface.get(lexeme.getKey());
                if (word == null) {
                    continue;
                }
                double share = lexeme.getValue() / n;
                String band = share >= 0.75 ? "everywhere"
                        : share >= 0.02 && share <= 0.3 ? "common"
                        : lexeme.getValue() <= Math.max(5, n / 2000) ? "rare"
                        : null;
                if (band != null) {
                    words.computeIfAbsent(band, b -> new ArrayList<>()).add(word);
                }
            }
            for (String band : List.of("everywhere", "common", "rare")) {
                if (words.getOrDefault(band, List.of()).isEmpty()) {
                    throw new IllegalStateException("no search word in the band " + band + ": is the collection too small?");
                }
            }
            loadAbsent(wordList, lexemeArticles.keySet());
        }
        System.err.printf(Locale.ROOT, "LongtailUrls: %d public articles, %d topics, %d entities with articles;"
                        + " search words: %d everywhere, %d common, %d rare, %d absent%n",
                articleIds.length, topics.size(), entities.size(), words.get("everywhere").size(),
                words.get("common").size(), words.get("rare").size(), absent.size());
    }

    /**
     * For each search term, the word a reader would type for it: of the words (three letters or more)
     * of 2,000 articles' texts and of the word list that the search reads as that one term, the most
     * frequent in those texts, then the shortest.
     */
    Map<String, String> surfaceWords(Path wordList) throws Exception {
        Map<String, Integer> frequency = new TreeMap<>();
        try (PreparedStatement texts = db.prepareStatement(
                "select headline || ' ' || body_text from public_article where id = any(?) order by id")) {
            Long[] sample = new Long[Math.min(2000, articleIds.length)];
            for (int i = 0; i < sample.length; i++) {
                sample[i] = articleIds[random.nextInt(articleIds.length)];
            }
            texts.setArray(1, db.createArrayOf("bigint", sample));
            try (ResultSet r = texts.executeQuery()) {
                while (r.next()) {
                    for (String word : r.getString(1).toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                        if (word.length() >= 3) {
                            frequency.merge(word, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        if (wordList != null && Files.isReadable(wordList)) {
            for (String word : Files.readAllLines(wordList, StandardCharsets.UTF_8)) {
                if (word.matches("[a-z]{3,}")) {
                    frequency.putIfAbsent(word, 0);
                }
            }
        }
        Map<String, String> best = new TreeMap<>();
        try (PreparedStatement stem = db.prepareStatement(
                "select w, tsvector_to_array(to_tsvector('english_unaccent', w)) from unnest(?::text[]) as w")) {
            stem.setArray(1, db.createArrayOf("text", frequency.keySet().toArray()));
            try (ResultSet r = stem.executeQuery()) {
                while (r.next()) {
                    String word = r.getString(1);
                    String[] terms = (String[]) r.getArray(2).getArray();
                    if (terms.length != 1) {
                        continue;
                    }
                    best.merge(terms[0], word, (a, b) -> {
                        int byFrequency = Integer.compare(frequency.get(b), frequency.get(a));
                        int byLength = Integer.compare(a.length(), b.length());
                        return byFrequency < 0 || byFrequency == 0 && (byLength < 0 || byLength == 0 && a.compareTo(b) <= 0) ? a : b;
                    });
                }
            }
        }
        return best;
    }

    /** Words whose every search term is in no article: from the word list, else made up. */
    void loadAbsent(Path wordList, Set<String> lexemes) throws Exception {
        List<String> candidates = new ArrayList<>();
        if (wordList != null && Files.isReadable(wordList)) {
            for (String word : Files.readAllLines(wordList, StandardCharsets.UTF_8)) {
                if (word.matches("[a-z]{4,}")) {
                    candidates.add(word);
                }
            }
        }
        if (candidates.isEmpty()) {
            for (int i = 0; i < 5000; i++) {
                StringBuilder word = new StringBuilder("zq");
                for (int letter = 0; letter < 6; letter++) {
                    word.append((char) ('a' + random.nextInt(26)));
                }
                candidates.add(word.toString());
            }
        }
        try (PreparedStatement stem = db.prepareStatement(
                "select w, tsvector_to_array(to_tsvector('english_unaccent', w)) from unnest(?::text[]) as w order by w")) {
            stem.setArray(1, db.createArrayOf("text", candidates.toArray()));
            try (ResultSet r = stem.executeQuery()) {
                while (r.next()) {
                    String[] terms = (String[]) r.getArray(2).getArray();
                    boolean none = terms.length > 0;
                    for (String term : terms) {
                        none &= !lexemes.contains(term);
                    }
                    if (none) {
                        absent.add(r.getString(1));
                    }
                }
            }
        }
        if (absent.isEmpty()) {
            throw new IllegalStateException("no absent word found");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // The mix

    /**
     * COUNT distinct addresses with their bands, in order. Each band gets its share of COUNT, drawn
     * again while a draw repeats an address; a band that cannot find that many distinct addresses
     * (after 200 draws per address) leaves the rest to the others. The list is then shuffled, so
     * every part of it has the same mix: the band's commonest addresses (one topic, say) are not all
     * at its start.
     */
    Map<String, String> urls(int count) throws Exception {
        Map<String, String> urls = new LinkedHashMap<>();
        int total = WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> short_ = new TreeMap<>();
        int given = 0;
        for (Map.Entry<String, Integer> weight : WEIGHTS.entrySet()) {
            int quota = (int) Math.round((double) count * weight.getValue() / total);
            quota = Math.min(quota, count - given);
            given += quota;
            int made = fill(urls, weight.getKey(), quota);
            if (made < quota) {
                short_.put(weight.getKey(), quota - made);
            }
        }
        // Rounding, or a band short of addresses: the rest by weight from the other bands.
        List<String> open = new ArrayList<>(WEIGHTS.keySet());
        open.removeAll(short_.keySet());
        while (urls.size() < count && !open.isEmpty()) {
            String band = pick(open);
            if (fill(urls, band, 1) == 0) {
                open.remove(band);
            }
        }
        if (urls.size() < count) {
            throw new IllegalStateException("cannot find " + count + " distinct addresses");
        }
        if (!short_.isEmpty()) {
            System.err.println("LongtailUrls: bands short of distinct addresses (how many): " + short_);
        }
        List<Map.Entry<String, String>> entries = new ArrayList<>(urls.entrySet());
        for (int i = entries.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Map.Entry<String, String> swap = entries.get(i);
            entries.set(i, entries.get(j));
            entries.set(j, swap);
        }
        Map<String, String> shuffled = new LinkedHashMap<>();
        entries.forEach(entry -> shuffled.put(entry.getKey(), entry.getValue()));
        return shuffled;
    }

    /** Adds up to `wanted` new addresses of the band; how many it added. */
    int fill(Map<String, String> urls, String band, int wanted) throws Exception {
        int made = 0;
        for (long draws = 0; made < wanted && draws < 200L * wanted; draws++) {
            if (urls.putIfAbsent(url(band), band) == null) {
                made++;
            }
        }
        return made;
    }

    String url(String band) throws Exception {
        return switch (band) {
            case "topics" -> timeline(laterPage(Filter.none().topics(topicSubset()).maybeOrder(this)));
            case "entities" -> timeline(laterPage(Filter.none().entities(entitySubset()).maybeOrder(this)));
            case "dates" -> timeline(dateRange(Filter.none()).maybeOrder(this));
            case "combined" -> timeline(dateRange(Filter.none().topics(topicSubset()).entities(List.of(pick(entities))))
                    .maybeOrder(this));
            case "q-everywhere" -> timeline(searchExtras(Filter.none().q(pick(words.get("everywhere"))), true));
            case "q-common" -> timeline(searchExtras(Filter.none().q(pick(words.get("common"))), true));
            case "q-rare" -> timeline(searchExtras(Filter.none().q(pick(words.get("rare"))), false));
            case "q-absent" -> timeline(searchExtras(Filter.none().q(pick(absent)), false));
            case "q-phrase" -> timeline(searchExtras(Filter.none().q("\"" + phrase() + "\""), false));
            case "q-exclusion" -> timeline(searchExtras(Filter.none().q(anyWord() + " -" + anyWord()), false));
            case "q-or" -> timeline(searchExtras(Filter.none().q(anyWord() + " or " + anyWord()), false));
            case "q-variant" -> timeline(searchExtras(
                    Filter.none().q(pick(variants) + (chance(0.5) ? " " + anyWord() : "")), false));
            case "deep" -> timeline(withAfter(deepFilter()));
            case "article" -> article();
            case "entity-page" -> "/entities/" + pick(entities) + "?utm_source=longtail-" + (++entityPageNumber);
            case "event-page" -> "/events/" + pick(events);
            case "feed" -> anyFilter().withoutOrder().link("/feed.atom");
            case "api" -> api();
            default -> throw new IllegalArgumentException(band);
        };
    }

    static String timeline(Filter filter) {
        return filter.link("/");
    }

    /**
     * A search as readers narrow it: sometimes newest first, a topic, an entity, dates; a later page
     * only of a search that matches many articles (a word in 2% of them or more), as a reader only
     * pages through long lists.
     */
    Filter searchExtras(Filter filter, boolean broad) {
        filter = filter.maybeOrder(this);
        if (chance(0.25)) {
            filter = filter.topics(topicSubset());
        }
        if (chance(0.1)) {
            filter = filter.entities(List.of(pick(entities)));
        }
        if (chance(0.15)) {
            filter = dateRange(filter);
        }
        if (broad && chance(0.2)) {
            filter = withAfter(filter);
        }
        return filter;
    }

    /** A later page (after=) in 25%: readers page through a topic's or an entity's timeline. */
    Filter laterPage(Filter filter) {
        return chance(0.25) ? withAfter(filter) : filter;
    }

    /**
     * The filter with after= an article it shows (as far as its topics, entities and dates go; not
     * its search), drawn at random: a page anywhere in the filtered timeline, deep on average. The
     * timeline answers a page past the end of its list with a redirect to the first page, which an
     * article outside the filter could give. Without such an article in 1,000 draws, no after=.
     */
    Filter withAfter(Filter filter) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            int i = random.nextInt(articleIds.length);
            if (shows(filter, i)) {
                return filter.after(articleIds[i]);
            }
        }
        return filter;
    }

    boolean shows(Filter filter, int i) {
        if (!filter.topics().isEmpty()) {
            boolean any = false;
            for (String topic : filter.topics()) {
                any |= (topicBits[i] & (1 << topics.indexOf(topic))) != 0;
            }
            if (!any) {
                return false;
            }
        }
        for (String entity : filter.entities()) {
            int wanted = entities.indexOf(entity);
            boolean found = false;
            for (int e : entityIndexes[i]) {
                found |= e == wanted;
            }
            if (!found) {
                return false;
            }
        }
        if (filter.from() != null || filter.to() != null) {
            long day = "published".equals(filter.axis()) ? publishedDays[i] : eventDays[i];
            if (day == Long.MIN_VALUE
                    || filter.from() != null && day < filter.from().toEpochDay()
                    || filter.to() != null && day > filter.to().toEpochDay()) {
                return false;
            }
        }
        return true;
    }

    Filter deepFilter() {
        double r = random.nextDouble();
        Filter filter = r < 0.4 ? Filter.none()
                : r < 0.7 ? Filter.none().topics(topicSubset())
                : r < 0.85 ? Filter.none().entities(List.of(pick(entities)))
                : dateRange(Filter.none());
        return filter.maybeOrder(this);
    }

    /** Any of the timeline's filters, as the bands above draw them. */
    Filter anyFilter() {
        double r = random.nextDouble();
        Filter filter = r < 0.2 ? Filter.none()
                : r < 0.45 ? Filter.none().topics(topicSubset())
                : r < 0.6 ? Filter.none().entities(entitySubset())
                : r < 0.75 ? dateRange(Filter.none())
                : r < 0.9 ? Filter.none().q(pick(words.get("common")))
                : Filter.none().q(pick(words.get(chance(0.5) ? "everywhere" : "rare")));
        return filter.maybeOrder(this);
    }

    String api() {
        Filter filter = anyFilter();
        // A script follows links.next, which a short list does not have: a later page only of a
        // filter without a search or with a word in 2% of the articles or more.
        if (chance(0.3) && (filter.q() == null || !words.get("rare").contains(filter.q()))) {
            filter = withAfter(filter);
        }
        int[] limits = {0, 10, 20, 50, 100};
        int limit = limits[random.nextInt(limits.length)];
        String path = filter.link("/api/v1/articles");
        return limit == 0 ? path : path + (path.contains("?") ? "&" : "?") + "limit=" + limit;
    }

    /**
     * An article's page as a timeline links it: with that timeline's filter, which the page keeps for
     * its previous and next links. The filter is made from the article itself (one of its topics or
     * entities, a date range around its date, a word of its headline), so the article is on it.
     */
    String article() throws Exception {
        int index = random.nextInt(articleIds.length);
        long id = articleIds[index];
        Filter filter = Filter.none();
        double r = random.nextDouble();
        if (r < 0.3) {
            List<String> own = strings("select t.slug from article_topic at join topic t on t.id = at.topic_id"
                    + " where at.article_id = ? order by t.slug", id);
            filter = own.isEmpty() ? filter : filter.topics(List.of(pick(own)));
        } else if (r < 0.5) {
            List<String> own = strings("select e.slug from article_entity ae join entity e on e.id = ae.entity_id"
                    + " where ae.article_id = ? order by e.slug", id);
            filter = own.isEmpty() ? filter : filter.entities(List.of(pick(own)));
        } else if (r < 0.65) {
            List<String> dates = strings("select coalesce(event_date::text, '') || ' ' || coalesce(published_date::text, '')"
                    + " from public_article where id = ?", id);
            String[] both = dates.isEmpty() ? new String[0] : dates.get(0).split(" ", -1);
            boolean published = chance(0.3);
            String day = both.length < 2 ? "" : published ? both[1] : both[0];
            if (!day.isEmpty()) {
                LocalDate date = LocalDate.parse(day);
                filter = filter.axis(published ? "published" : null)
                        .from(date.minusDays(random.nextInt(400))).to(date.plusDays(random.nextInt(400)));
            }
        } else if (r < 0.85) {
            List<String> headline = strings("select headline from public_article where id = ?", id);
            List<String> own = new ArrayList<>();
            for (String word : headline.isEmpty() ? new String[0] : headline.get(0).toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (word.length() > 3) {
                    own.add(word);
                }
            }
            filter = own.isEmpty() ? filter : filter.q(pick(own));
        }
        return filter.maybeOrder(this).link("/articles/" + articleSlugs[index]);
    }

    /** Two words side by side in an article's text, or two common words that seldom are. */
    String phrase() throws Exception {
        if (chance(0.5)) {
            return pick(words.get("common")) + " " + pick(words.get("common"));
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            List<String> text = strings("select body_text from public_article where id = ?",
                    articleIds[random.nextInt(articleIds.length)]);
            if (text.isEmpty()) {
                continue;
            }
            // Pairs within a sentence part: no punctuation between the two words.
            List<String> pairs = new ArrayList<>();
            for (String part : text.get(0).split("[^A-Za-z' ]+")) {
                String[] partWords = part.trim().toLowerCase(Locale.ROOT).split(" +");
                for (int i = 0; i + 1 < partWords.length; i++) {
                    if (partWords[i].matches("[a-z]{3,}") && partWords[i + 1].matches("[a-z]{3,}")) {
                        pairs.add(partWords[i] + " " + partWords[i + 1]);
                    }
                }
            }
            if (!pairs.isEmpty()) {
                return pick(pairs);
            }
        }
        return pick(words.get("common")) + " " + pick(words.get("common"));
    }

    String anyWord() {
        double r = random.nextDouble();
        return pick(words.get(r < 0.25 ? "everywhere" : r < 0.75 ? "common" : "rare"));
    }

    List<String> topicSubset() {
        double r = random.nextDouble();
        int size = Math.min(topics.size(), r < 0.5 ? 1 : r < 0.8 ? 2 : r < 0.95 ? 3 : 4);
        List<String> shuffled = new ArrayList<>(topics);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swap);
        }
        return shuffled.subList(0, size);
    }

    List<String> entitySubset() {
        String first = pick(entities);
        if (entities.size() > 1 && chance(0.35)) {
            String second;
            do {
                second = pick(entities);
            } while (second.equals(first));
            return List.of(first, second);
        }
        return List.of(first);
    }

    /** From 1 day to 30 years wide (log-uniform), on the event axis or (30%) the publication axis; 20% only from, 20% only to. */
    Filter dateRange(Filter filter) {
        long span = FIRST_DAY.until(LAST_DAY, java.time.temporal.ChronoUnit.DAYS);
        long width = Math.min(span, Math.round(Math.exp(random.nextDouble() * Math.log(span))));
        LocalDate from = FIRST_DAY.plusDays(random.nextLong(span - width + 1));
        LocalDate to = from.plusDays(width);
        double r = random.nextDouble();
        filter = filter.axis(chance(0.3) ? "published" : null);
        return r < 0.2 ? filter.from(from) : r < 0.4 ? filter.to(to) : filter.from(from).to(to);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    List<String> strings(String sql, long id) throws Exception {
        List<String> values = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getString(1));
                }
            }
        }
        return values;
    }

    /**
     * The timeline's parameters, written as the app writes its own links (TimelineFilter.queryString:
     * q, axis, from, to, order, topics, entities, then after; defaults left out), so that no address
     * is redirected to a shorter one.
     */
    record Filter(String q, String axis, LocalDate from, LocalDate to, String order, List<String> topics,
                  List<String> entities, Long after) {

        static Filter none() {
            return new Filter(null, null, null, null, null, List.of(), List.of(), null);
        }

        Filter q(String value) {
            return new Filter(value, axis, from, to, order, topics, entities, after);
        }

        Filter axis(String value) {
            return new Filter(q, value, from, to, order, topics, entities, after);
        }

        Filter from(LocalDate value) {
            return new Filter(q, axis, value, to, order, topics, entities, after);
        }

        Filter to(LocalDate value) {
            return new Filter(q, axis, from, value, order, topics, entities, after);
        }

        Filter topics(List<String> value) {
            return new Filter(q, axis, from, to, order, value, entities, after);
        }

        Filter entities(List<String> value) {
            return new Filter(q, axis, from, to, order, topics, value, after);
        }

        Filter after(long value) {
            return new Filter(q, axis, from, to, order, topics, entities, value);
        }

        Filter withoutOrder() {
            return new Filter(q, axis, from, to, null, topics, entities, after);
        }

        /** Newest first in 35% (the default, oldest first, otherwise). */
        Filter maybeOrder(LongtailUrls mix) {
            return mix.chance(0.35) ? new Filter(q, axis, from, to, "desc", topics, entities, after) : this;
        }

        String link(String path) {
            List<String> params = new ArrayList<>();
            if (q != null) {
                params.add("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            }
            if (axis != null) {
                params.add("axis=" + axis);
            }
            if (from != null) {
                params.add("from=" + from);
            }
            if (to != null) {
                params.add("to=" + to);
            }
            if (order != null) {
                params.add("order=" + order);
            }
            topics.forEach(topic -> params.add("topic=" + topic));
            entities.forEach(entity -> params.add("entity=" + entity));
            if (after != null) {
                params.add("after=" + after);
            }
            return params.isEmpty() ? path : path + "?" + String.join("&", params);
        }
    }
}
