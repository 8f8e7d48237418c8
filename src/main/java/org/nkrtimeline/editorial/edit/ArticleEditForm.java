package org.nkrtimeline.editorial.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.nkrtimeline.collection.source.ArticleParser;
import org.nkrtimeline.i18n.FormErrors;
import org.springframework.validation.Errors;

/**
 * The edit form: the article's metadata, its source, its entities, its visibility, whether to publish
 * it (an article awaiting review) and the version it was opened at.
 */
public class ArticleEditForm {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private MetadataForm metadata = new MetadataForm();
    private String sourceName = "";
    private String sourceUrl = "";
    private List<String> entities = new ArrayList<>();
    private boolean hidden;
    private boolean publish;
    private Long version;

    static ArticleEditForm of(EditableArticle article) {
        ArticleEditForm form = new ArticleEditForm();
        form.metadata = MetadataForm.of(article.metadata());
        form.sourceName =
                article.source().name() == null ? "" : article.source().name();
        form.sourceUrl = article.source().url() == null ? "" : article.source().url();
        form.entities = new ArrayList<>(article.entities());
        form.hidden = article.hidden();
        form.version = article.version();
        return form;
    }

    /**
     * The source as typed, checked with the limits the parser and the database set (V22), or null
     * when a field is wrong: each wrong field gets a message in {@code errors}. A blank field is no
     * source.
     */
    ArticleSource validateSource(Errors errors) {
        int before = errors.getErrorCount();
        String name = sourceName == null ? "" : sourceName.strip();
        int characters = name.codePointCount(0, name.length());
        if (characters > ArticleParser.MAX_SOURCE_NAME) {
            FormErrors.rejectValue(
                    errors,
                    "sourceName",
                    "length",
                    "editor.edit.error.sourceName.length",
                    String.valueOf(ArticleParser.MAX_SOURCE_NAME),
                    String.valueOf(characters));
        } else if (CONTROL.matcher(name).find()) {
            FormErrors.rejectValue(errors, "sourceName", "line", "editor.edit.error.sourceName.line");
        }
        String url = sourceUrl == null ? "" : sourceUrl.strip();
        if (!url.isEmpty()
                && (url.length() > ArticleParser.MAX_SOURCE_URL
                        || !MetadataForm.WEB_URL.matcher(url).matches())) {
            FormErrors.rejectValue(errors, "sourceUrl", "url", "metadata.error.sourceUrl");
        }
        if (errors.getErrorCount() > before) {
            return null;
        }
        return new ArticleSource(name.isEmpty() ? null : name, url.isEmpty() ? null : url);
    }

    public MetadataForm getMetadata() {
        return metadata;
    }

    public void setMetadata(MetadataForm metadata) {
        this.metadata = metadata;
    }

    public String getSourceName() {
        return sourceName;
    }

    public void setSourceName(String sourceName) {
        this.sourceName = sourceName;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public List<String> getEntities() {
        return entities;
    }

    public void setEntities(List<String> entities) {
        this.entities = entities == null ? new ArrayList<>() : entities;
    }

    public boolean isHidden() {
        return hidden;
    }

    public void setHidden(boolean hidden) {
        this.hidden = hidden;
    }

    /** Set by the form's "Save and publish" button, on an article awaiting review. */
    public boolean isPublish() {
        return publish;
    }

    public void setPublish(boolean publish) {
        this.publish = publish;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
