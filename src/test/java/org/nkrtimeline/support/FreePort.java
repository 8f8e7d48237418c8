package org.nkrtimeline.support;

import java.io.IOException;
import java.net.ServerSocket;

/** A TCP port nothing listens on now, for a server a test starts. */
final class FreePort {

    private FreePort() {}

    static int find() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
