package org.nkrtimeline.i18n;

/**
 * A message of messages.properties not yet put into words: its key and arguments. Code that finds a
 * problem before it knows who will read it (a parser, a validator) hands this on; whoever shows it
 * reads it in their language: pages in the site's locale, the API and the command line in English.
 */
public record Message(String key, Object... args) {

    public String in(SiteText text) {
        return text.get(key, args);
    }

    public String english() {
        return in(SiteText.ENGLISH);
    }
}
