package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The seed migrations' data files (db/seeds, on the classpath): read, and checksummed so that editing
 * a file after its migration was applied stops startup, as an edited SQL migration does.
 */
final class SeedFiles {

    private SeedFiles() {}

    static byte[] read(String path) throws IOException {
        try (InputStream in = SeedFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing seed resource " + path);
            }
            return in.readAllBytes();
        }
    }

    /**
     * The CRC32 of the files' bytes, one after the other, as Flyway's checksum of the migration.
     *
     * @param what what the files hold, for the message when one cannot be read
     */
    static Integer checksum(String what, List<String> paths) {
        try {
            CRC32 crc = new CRC32();
            for (String path : paths) {
                crc.update(read(path));
            }
            return (int) crc.getValue();
        } catch (IOException e) {
            throw new IllegalStateException(what + " cannot be read: " + e.getMessage(), e);
        }
    }
}
