package org.nkrtimeline.editorial.importing;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.util.WebUtils;

/**
 * The files an editor uploaded or pasted and is reviewing, kept in their session until confirmed.
 * The review form then carries only a draft's id and the metadata, never the texts, so no form
 * anywhere on the site needs a large body (Tomcat's default 2 MB limit stays). A session holds at
 * most {@link #MAX_FILES} drafts, the oldest making room; a draft gone (signed out, server
 * restarted, too many reviews open) is reported to the editor, who uploads the file again.
 */
final class ImportDrafts implements Serializable {

    static final int MAX_FILES = 2 * ImportReview.MAX_FILES;

    private static final String ATTRIBUTE = ImportDrafts.class.getName();

    private final LinkedHashMap<String, SourceFile> files = new LinkedHashMap<>();

    static ImportDrafts of(HttpSession session) {
        synchronized (WebUtils.getSessionMutex(session)) {
            ImportDrafts drafts = (ImportDrafts) session.getAttribute(ATTRIBUTE);
            if (drafts == null) {
                drafts = new ImportDrafts();
                session.setAttribute(ATTRIBUTE, drafts);
            }
            return drafts;
        }
    }

    synchronized String keep(SourceFile file) {
        Iterator<Map.Entry<String, SourceFile>> oldest = files.entrySet().iterator();
        while (files.size() >= MAX_FILES && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
        String id = UUID.randomUUID().toString();
        files.put(id, file);
        return id;
    }

    synchronized Optional<SourceFile> find(String id) {
        return Optional.ofNullable(id == null ? null : files.get(id));
    }
}
