package org.nkrtimeline.editorial.edit;

import java.util.List;

/** Another editor saved the article after the form was opened: nothing of this form was saved. */
public class EditConflictException extends RuntimeException {

    private final transient EditableArticle current;
    private final transient List<ArticleChange> missed;

    EditConflictException(EditableArticle current, List<ArticleChange> missed) {
        super("the article changed since the form was opened");
        this.current = current;
        this.missed = List.copyOf(missed);
    }

    public EditableArticle current() {
        return current;
    }

    /** The changes made since the form's version, oldest first. */
    public List<ArticleChange> missed() {
        return missed;
    }
}
