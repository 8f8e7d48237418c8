package org.nkrtimeline.editorial.edit;

/**
 * What stands in for a headline when none could be proposed from an article's text (its first
 * sentence, and that sentence's first clause, are longer than a headline may be): the name of the
 * file the article came from. The article is imported awaiting review whatever the import was asked,
 * and publishing it is refused until an editor writes a headline. A file's name, rather than words
 * of the text cut short, is what an editor recognises at once as no headline at all, and what no
 * reader must ever see as one.
 */
public final class HeadlinePlaceholder {

    private HeadlinePlaceholder() {}

    /** The placeholder for an article imported from {@code fileName}: the name, as long as a headline may be. */
    public static String of(String fileName) {
        String name = fileName.strip();
        if (name.codePointCount(0, name.length()) <= MetadataForm.MAX_HEADLINE) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, MetadataForm.MAX_HEADLINE));
    }

    /** Whether {@code headline} is only the placeholder of an article imported from {@code fileName}. */
    public static boolean is(String headline, String fileName) {
        return headline.strip().equals(of(fileName));
    }
}
