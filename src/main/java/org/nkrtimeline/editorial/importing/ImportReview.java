package org.nkrtimeline.editorial.importing;

import java.util.ArrayList;
import java.util.List;
import org.nkrtimeline.editorial.edit.MetadataForm;

/**
 * The review form of an import: for each importable file, the id of its draft (the file itself
 * stays on the server, {@link ImportDrafts}) and the metadata the editor checks.
 */
public class ImportReview {

    /** More at once is a batch for the command line (README), not a form to review. */
    static final int MAX_FILES = 50;

    private List<ReviewedFile> files = new ArrayList<>();

    public List<ReviewedFile> getFiles() {
        return files;
    }

    public void setFiles(List<ReviewedFile> files) {
        this.files = files == null ? new ArrayList<>() : files;
    }

    public static class ReviewedFile {

        private String draft = "";
        private boolean include = true;
        /**
         * Publish at once, or keep the article awaiting review. Publishing is the default: this page is
         * the editor's review of the article (its text as readers will see it, every proposal open to
         * correction), and confirming it is the editor's decision, which a second review of the same
         * fields on the edit page would only repeat. Keeping it awaiting is for an article the editor
         * wants to finish later (an event date to look up) or to leave to a colleague.
         */
        private boolean publish = true;

        private MetadataForm metadata = new MetadataForm();

        static ReviewedFile of(String draft, ImportPreview preview) {
            ReviewedFile file = new ReviewedFile();
            file.draft = draft;
            file.metadata = MetadataForm.of(preview.proposal());
            // Without a headline of its own the article cannot be published yet: a batch confirmed as
            // it is keeps it awaiting review rather than being refused for it.
            file.publish = !preview.headlineNeeded();
            return file;
        }

        /** The id of the file in the editor's {@link ImportDrafts}. */
        public String getDraft() {
            return draft;
        }

        public void setDraft(String draft) {
            this.draft = draft;
        }

        public boolean isInclude() {
            return include;
        }

        public void setInclude(boolean include) {
            this.include = include;
        }

        public boolean isPublish() {
            return publish;
        }

        public void setPublish(boolean publish) {
            this.publish = publish;
        }

        public MetadataForm getMetadata() {
            return metadata;
        }

        public void setMetadata(MetadataForm metadata) {
            this.metadata = metadata;
        }
    }
}
