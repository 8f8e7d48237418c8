package org.nkrtimeline.editorial.edit;

import java.time.OffsetDateTime;

/**
 * One entry of an article's history.
 *
 * @param editor   the editor's username; null for the command-line import
 * @param oldValue the value before, as the editor saw it; null for an import
 */
public record ArticleChange(
        OffsetDateTime changedAt,
        String editor,
        long articleVersion,
        ArticleField field,
        String oldValue,
        String newValue) {

    public String editorOrCommandLine() {
        return editor == null ? "command-line import" : editor;
    }
}
