package org.nkrtimeline.entity;

/**
 * Whom an article attributes information to, and where it says so.
 *
 * @param sentence the sentence of the text that attributes it, verbatim
 */
public record Attribution(GazetteerEntry entity, String sentence) {}
