package org.nkrtimeline.collection;

/** How much of an event date is known; a month-precise date is stored as the first of that month. */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR
}
