package org.nkrtimeline.support;

/** The slugs of the five seed articles, by the letter the editorial facts use for them. */
public final class SeedArticles {

    /** 000: Kim comes home from Russia with gifts (event 2023-09-19, published 2023-11-12). */
    public static final String A = "kim-jong-un-returns-from-russia-with-gifts-including-a-fur-hat-and-drones";
    /** 001: the Vostochny summit, gifts and an invitation (event 2023-09-13, published 2023-11-14). */
    public static final String B = "kim-and-putin-trade-gifts-at-vostochny-putin-accepts-invitation-to-north-korea";
    /** 002: Kim meets Shoigu (event 2025-03-21, an estimate; no publication date). */
    public static final String C = "kim-jong-un-pledges-support-for-russias-war-in-ukraine-in-talks-with-shoigu";
    /** 003: condolences after the Crocus City Hall attack (event and publication 2024-03-23). */
    public static final String D = "kim-jong-un-sends-putin-condolences-after-moscow-concert-hall-attack";
    /** 004: the Vostochny summit, "Glory to Russia" (event 2023-09-13, published 2023-11-12). */
    public static final String E = "kim-and-putin-meet-at-far-east-space-base-kim-writes-glory-to-russia";

    private SeedArticles() {}
}
