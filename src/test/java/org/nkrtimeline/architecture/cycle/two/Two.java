package org.nkrtimeline.architecture.cycle.two;

import org.nkrtimeline.architecture.cycle.one.One;

/** The other half of the deliberate cycle. */
public class Two {

    public One other() {
        return new One();
    }
}
