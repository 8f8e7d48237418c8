package org.nkrtimeline.architecture.cycle.one;

import org.nkrtimeline.architecture.cycle.two.Two;

/** Half of a deliberate cycle between two packages, for the control test of ModuleBoundariesTest. */
public class One {

    public Two other() {
        return new Two();
    }
}
