package org.nkrtimeline.event;

import java.time.Instant;

/** An event as the editors recorded it; its summary is theirs, never generated text. */
public record Event(long id, String slug, String title, EventDates dates, String summary, Instant correctedAt) {}
