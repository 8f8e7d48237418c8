package org.nkrtimeline.i18n;

import org.springframework.context.MessageSourceResolvable;

/**
 * A message of messages.properties not yet put into words: its key and arguments. Code that finds a
 * problem before it knows who will read it (a parser, a validator) hands this on; whoever shows it
 * reads it in their language: pages in the site's locale, the API and the command line in English.
 * A message may be the argument of another ("file.txt, line 1: {reason}"): it is read in the same language.
 */
public record Message(String key, Object... args) implements MessageSourceResolvable {

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return args;
    }

    public String in(SiteText text) {
        return text.get(key, args);
    }

    public String english() {
        return in(SiteText.ENGLISH);
    }
}
