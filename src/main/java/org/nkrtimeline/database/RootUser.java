package org.nkrtimeline.database;

import com.sun.security.auth.module.UnixSystem;

/** PostgreSQL refuses to run as root, so the embedded fallback must know who we are. */
final class RootUser {

    private RootUser() {}

    static boolean isRoot() {
        try {
            return new UnixSystem().getUid() == 0;
        } catch (LinkageError notUnix) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
