package org.nkrtimeline.collection.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What makes two imports the same article: the SHA-256 of its body text, normalised so that what a
 * reader would not call a difference is none. The date header and scraping debris are not part of
 * the body; Unicode forms (NFKC), typographic quotes, runs of whitespace and letter case are
 * evened out. Stored hashes were made by this code (V10 for the seeds): changing the normalisation
 * needs a migration that recomputes them, or duplicates would no longer be recognised.
 */
public final class ContentHash {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private ContentHash() {}

    public static String of(ParsedArticle article) {
        return ofBodyText(article.bodyText());
    }

    static String ofBodyText(String bodyText) {
        String normalised = Normalizer.normalize(bodyText, Normalizer.Form.NFKC)
                .replace('’', '\'')
                .replace('‘', '\'')
                .replace('“', '"')
                .replace('”', '"');
        normalised = WHITESPACE.matcher(normalised).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
