package org.nkrtimeline.editorial.importing;

import java.io.Serializable;
import java.nio.file.Path;
import org.nkrtimeline.i18n.Message;

/**
 * A file to import: its bytes and the name it came with. The name is only ever shown and stored
 * as a record, never used as a path, so only its last segment is kept.
 */
public record SourceFile(String name, byte[] bytes) implements Serializable {

    /** Ten times the longest news article; a bigger file is a mistake, not an article. */
    public static final long MAX_BYTES = 1024 * 1024;

    /** Why a file over {@link #MAX_BYTES} is refused, naming it. */
    static Message tooLarge(String name) {
        return new Message("import.error.tooLarge", name, String.valueOf(MAX_BYTES >> 20));
    }

    public SourceFile {
        name = displayName(name);
    }

    static String displayName(String name) {
        String lastSegment = name == null ? "" : name.replace('\\', '/');
        lastSegment = lastSegment.substring(lastSegment.lastIndexOf('/') + 1).strip();
        lastSegment = lastSegment.replaceAll("\\p{Cc}", "");
        if (lastSegment.isEmpty()) {
            return "unnamed.txt";
        }
        return lastSegment.length() <= 200 ? lastSegment : lastSegment.substring(0, 200);
    }

    public static SourceFile of(Path path, byte[] bytes) {
        return new SourceFile(path.getFileName().toString(), bytes);
    }
}
