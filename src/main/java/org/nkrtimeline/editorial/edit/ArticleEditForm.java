package org.nkrtimeline.editorial.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * The edit form: the article's metadata, its entities, its visibility, whether to publish it (an
 * article awaiting review) and the version it was opened at.
 */
public class ArticleEditForm {

    private MetadataForm metadata = new MetadataForm();
    private List<String> entities = new ArrayList<>();
    private boolean hidden;
    private boolean publish;
    private Long version;

    static ArticleEditForm of(EditableArticle article) {
        ArticleEditForm form = new ArticleEditForm();
        form.metadata = MetadataForm.of(article.metadata());
        form.entities = new ArrayList<>(article.entities());
        form.hidden = article.hidden();
        form.version = article.version();
        return form;
    }

    public MetadataForm getMetadata() {
        return metadata;
    }

    public void setMetadata(MetadataForm metadata) {
        this.metadata = metadata;
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
