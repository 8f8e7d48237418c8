package org.nkrtimeline.entity;

import java.util.Locale;
import java.util.Optional;

/** The alphabet a spelling of a name is written in (V29's {@code entity_alias.script}). */
public enum Script {
    LATIN("script.latin"),
    HANGUL("script.hangul"),
    CYRILLIC("script.cyrillic");

    private final String messageKey;

    Script(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The message key of the script's name: "Cyrillic". */
    public String messageKey() {
        return messageKey;
    }

    /** As the database stores it: "hangul". */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The one script of a spelling's letters; empty when it has no letter or mixes scripts ("Ким Jong"),
     * which no source writes. Spaces, hyphens, apostrophes and stress marks belong to every script.
     */
    public static Optional<Script> of(String spelling) {
        Script found = null;
        for (int at = 0; at < spelling.length(); ) {
            int c = spelling.codePointAt(at);
            at += Character.charCount(c);
            Script script = switch (Character.UnicodeScript.of(c)) {
                case COMMON, INHERITED -> found;
                case LATIN -> LATIN;
                case HANGUL -> HANGUL;
                case CYRILLIC -> CYRILLIC;
                default -> null;
            };
            if (script == null || (found != null && script != found)) {
                return Optional.empty();
            }
            found = script;
        }
        return Optional.ofNullable(found);
    }
}
