package org.nkrtimeline.feed;

/**
 * Text made safe for XML 1.0, which has no way at all to write most control characters (not even as
 * character references): each one, and each unpaired surrogate, becomes U+FFFD, so that the feed
 * stays well-formed whatever a source file holds. Everything else is left exactly as it is.
 */
final class XmlText {

    private static final char REPLACEMENT = '\uFFFD';

    private XmlText() {}

    static String clean(String text) {
        StringBuilder cleaned = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (cleaned != null) {
                    cleaned.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean allowed =
                    c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
            if (!allowed && cleaned == null) {
                cleaned = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (cleaned != null) {
                cleaned.append(allowed ? c : REPLACEMENT);
            }
        }
        return cleaned == null ? text : cleaned.toString();
    }
}
