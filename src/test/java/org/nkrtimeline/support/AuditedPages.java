package org.nkrtimeline.support;

import java.util.List;

/**
 * Every kind of page the site serves, as the accessibility and HTML audits visit them: the reader's
 * pages and error pages, which anyone can fetch, and the editors' pages, which need a signed-in
 * editor. The import review is the answer to a POST, so it is not here: the audits paste a text to
 * reach it.
 */
public final class AuditedPages {

    /** A page to audit: what it is, for messages, its path and query, and the status it answers with. */
    public record AuditedPage(String name, String path, int status) {}

    public static final List<AuditedPage> PUBLIC = List.of(
            new AuditedPage("timeline", "/", 200),
            new AuditedPage(
                    "filtered timeline",
                    "/?topic=space&topic=gifts-symbolism&from=2023-09-01&to=2024-12-31&axis=published",
                    200),
            new AuditedPage("search with hits", "/?q=ammunition", 200),
            new AuditedPage("search without hits", "/?q=zeppelin&topic=space", 200),
            new AuditedPage("article", "/articles/" + SeedArticles.C, 200),
            new AuditedPage("article reached from a search", "/articles/" + SeedArticles.E + "?q=ammunition", 200),
            new AuditedPage("topics", "/topics", 200),
            new AuditedPage("entities", "/entities", 200),
            new AuditedPage("entity", "/entities/sergei-shoigu", 200),
            new AuditedPage("event", "/events/kim-jong-un-visits-russia-2023", 200),
            new AuditedPage("citations", "/articles/" + SeedArticles.C + "/cite", 200),
            new AuditedPage("embedded timeline", "/embed?topic=summit-diplomacy&q=putin", 200),
            new AuditedPage("embedded event", "/embed/events/kim-jong-un-visits-russia-2023", 200),
            new AuditedPage("404 page", "/no/such/page", 404),
            new AuditedPage("400 page", "/?from=2023-13-45", 400),
            new AuditedPage("help", "/help", 200),
            new AuditedPage("editor sign-in", "/editor/sign-in", 200));

    /** Also audited at a phone's width: the pages a reader reads most on one. */
    public static final List<AuditedPage> PHONE =
            List.of(PUBLIC.get(0), PUBLIC.get(1), PUBLIC.get(2), PUBLIC.get(3), PUBLIC.get(4), PUBLIC.get(5));

    public static final List<AuditedPage> EDITOR = List.of(
            new AuditedPage("editor home", "/editor", 200),
            new AuditedPage("editor article list", "/editor/articles", 200),
            new AuditedPage("article edit form", "/editor/articles/" + SeedArticles.C, 200),
            new AuditedPage("article history", "/editor/articles/" + SeedArticles.C + "/history", 200),
            new AuditedPage("article's event", "/editor/articles/" + SeedArticles.C + "/event", 200),
            new AuditedPage("editors' events", "/editor/events", 200),
            new AuditedPage("event corrections", "/editor/events/shoigu-visits-pyongyang-2025", 200),
            new AuditedPage("import form", "/editor/import", 200),
            new AuditedPage("topic rules", "/editor/topic-rules", 200),
            new AuditedPage("editors' entities", "/editor/entities", 200),
            new AuditedPage("an entity's spellings", "/editor/entities/sergei-shoigu", 200));

    /** The form on the import page that takes a pasted text, and a text for it (a seed-format file). */
    public static final String PASTE_FORM = "form[action='/editor/import/text']";

    public static final String PASTE_FIXTURE = "/import/pyongyang-treaty.txt";

    private AuditedPages() {}
}
