package org.nkrtimeline.i18n;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The interface's words in the site's one language, for text that Java writes (dates, lags, the
 * overview's sentences, error pages); templates read the same messages with {@code #{key}}. Date
 * patterns are messages too ({@code date.day=d MMM uuuu}), so a translation sets order and form.
 *
 * <p>The site has one locale, fixed by configuration (spring.web.locale): cached pages must not
 * depend on who asks. Content (headlines, article text, topic and entity names) is never translated.
 */
public final class SiteText {

    /** The base name of the message files: messages.properties, messages_de.properties... */
    public static final String BASENAME = "messages";

    /**
     * The English of messages.properties, for what speaks English whatever the configured locale:
     * the JSON API's words.
     */
    public static final SiteText ENGLISH = new SiteText(messageSource(), Locale.ENGLISH);

    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

    public SiteText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /**
     * The message files read the way Spring Boot reads them with this application's settings
     * (application.properties: UTF-8, every message a MessageFormat, no fallback to the system's locale).
     */
    static ResourceBundleMessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename(BASENAME);
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    public Locale locale() {
        return locale;
    }

    /** The message under {@code key}, its {0}, {1}... filled with {@code args}. */
    public String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A date in the form the message {@code patternKey} gives, with the locale's month names. */
    public String date(String patternKey, TemporalAccessor date) {
        return formatters
                .computeIfAbsent(patternKey, key -> DateTimeFormatter.ofPattern(get(key), locale))
                .format(date);
    }

    /** A count with the locale's digit grouping: "100,000" in English, "100.000" in German. */
    public String count(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }
}
