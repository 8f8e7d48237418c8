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
        private MetadataForm metadata = new MetadataForm();

        static ReviewedFile of(String draft, ImportPreview preview) {
            ReviewedFile file = new ReviewedFile();
            file.draft = draft;
            file.metadata = MetadataForm.of(preview.proposal());
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

        public MetadataForm getMetadata() {
            return metadata;
        }

        public void setMetadata(MetadataForm metadata) {
            this.metadata = metadata;
        }
    }
}
