package org.nkrtimeline.entity;

/** An entity as an article mentions it: how many times. */
public record MentionedEntity(GazetteerEntry entity, int mentions) {}
