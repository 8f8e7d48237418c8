package org.nkrtimeline.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.nkrtimeline.editing.MetadataForm;

/**
 * The review form of an import: for each importable file, its text and the metadata the editor
 * checks. The text travels as Base64 so that the browser hands back exactly the bytes it was given
 * (form submission would turn its line breaks into CR LF).
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

        private String fileName = "";
        private String source = "";
        private boolean include = true;
        private MetadataForm metadata = new MetadataForm();

        static ReviewedFile of(ImportPreview preview) {
            ReviewedFile file = new ReviewedFile();
            file.fileName = preview.fileName();
            file.source = Base64.getEncoder().encodeToString(preview.sourceText().getBytes(StandardCharsets.UTF_8));
            file.metadata = MetadataForm.of(preview.proposal());
            return file;
        }

        /** The file again, as uploaded; an altered or broken text fails the parser as any file would. */
        SourceFile sourceFile() {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(source == null ? "" : source.strip());
            } catch (IllegalArgumentException e) {
                bytes = new byte[0];
            }
            return new SourceFile(fileName, bytes);
        }

        public String getFileName() {
            return fileName;
        }

        public void setFileName(String fileName) {
            this.fileName = fileName;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
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
