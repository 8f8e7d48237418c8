package org.nkrtimeline.editorial.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.nkrtimeline.editorial.edit.ArticleMetadata;
import org.nkrtimeline.editorial.edit.HeadlinePlaceholder;
import org.nkrtimeline.i18n.FormErrors;
import org.nkrtimeline.i18n.Message;
import org.nkrtimeline.topic.TopicRepository;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The editors' import with review: what each uploaded or pasted file would become, then, once the
 * editor has checked the metadata, the import of the files they kept. Nothing is stored before the
 * confirmation (the files wait in the editor's {@link ImportDrafts}); then each article is its own
 * transaction, as on the command line.
 */
@Service
class ImportReviewService {

    static final String PASTED_NAME = "pasted.txt";

    private final ArticleImporter importer;
    private final TopicRepository topics;

    ImportReviewService(ArticleImporter importer, TopicRepository topics) {
        this.importer = importer;
        this.topics = topics;
    }

    /** What the editor sees next. */
    sealed interface Step permits Refused, Review, Imported {}

    /** Nothing to review: the import page again, saying what was wrong. */
    record Refused(Message problem) implements Step {}

    /**
     * The review page: the files that cannot be imported ({@code others}, with why) and a form for the
     * others, whose files and {@code drafts} (their previews) go in the same order.
     *
     * @param corrections whether the form comes back from a confirmation, with what to correct
     */
    record Review(
            List<ImportPreview> drafts,
            List<ImportPreview> others,
            ImportReview form,
            Map<String, String> topicNames,
            boolean corrections)
            implements Step {}

    record Imported(ImportSummary summary) implements Step {}

    Step upload(List<MultipartFile> uploads, ImportDrafts drafts) {
        List<MultipartFile> chosen = uploads == null
                ? List.of()
                : uploads.stream()
                        .filter(upload -> !upload.isEmpty() || !blank(upload.getOriginalFilename()))
                        .toList();
        if (chosen.isEmpty()) {
            return new Refused(new Message("import.error.noFiles"));
        }
        if (chosen.size() > ImportReview.MAX_FILES) {
            return new Refused(new Message("import.error.tooManyFiles", String.valueOf(ImportReview.MAX_FILES)));
        }
        List<Draft> previews = new ArrayList<>();
        for (MultipartFile upload : chosen) {
            previews.add(draft(drafts, upload));
        }
        return review(previews);
    }

    Step paste(String name, String text, ImportDrafts drafts) {
        if (text == null || text.isBlank()) {
            return new Refused(new Message("import.error.noText"));
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > SourceFile.MAX_BYTES) {
            return new Refused(new Message("import.error.textTooLarge", String.valueOf(SourceFile.MAX_BYTES >> 20)));
        }
        SourceFile pasted = new SourceFile(blank(name) ? PASTED_NAME : name, bytes);
        return review(List.of(draft(drafts, pasted)));
    }

    /**
     * Imports the files the editor kept, with the metadata they reviewed, if every draft is still
     * there and all the metadata is valid; else the review again, with {@code errors} saying what to
     * correct.
     */
    Step confirm(ImportReview review, Errors errors, ImportDrafts drafts, long editorId) {
        List<ImportReview.ReviewedFile> reviewed = review.getFiles();
        if (reviewed.isEmpty() || reviewed.size() > ImportReview.MAX_FILES) {
            return new Refused(new Message("import.review.error.incomplete"));
        }
        List<SourceFile> files = new ArrayList<>();
        for (ImportReview.ReviewedFile file : reviewed) {
            Optional<SourceFile> kept = drafts.find(file.getDraft());
            if (kept.isEmpty()) {
                return new Refused(new Message("import.review.error.gone"));
            }
            files.add(kept.get());
        }
        Map<String, String> topicNames = topics.namesBySlug();
        List<ArticleMetadata> checked = new ArrayList<>();
        for (int i = 0; i < reviewed.size(); i++) {
            errors.pushNestedPath("files[" + i + "].metadata");
            ArticleMetadata metadata = reviewed.get(i).getMetadata().validate(errors, topicNames.keySet());
            if (metadata != null
                    && reviewed.get(i).isInclude()
                    && reviewed.get(i).isPublish()
                    && HeadlinePlaceholder.is(metadata.headline(), files.get(i).name())) {
                FormErrors.rejectValue(
                        errors,
                        "headline",
                        "placeholder",
                        "metadata.error.headline.placeholder",
                        files.get(i).name());
            }
            checked.add(metadata);
            errors.popNestedPath();
        }
        List<ImportPreview> previews = files.stream().map(importer::preview).toList();
        if (reviewed.stream().noneMatch(ImportReview.ReviewedFile::isInclude)) {
            FormErrors.reject(errors, "none", "import.review.error.none");
        }
        if (errors.hasErrors()) {
            return new Review(previews, List.of(), review, topicNames, true);
        }
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < reviewed.size(); i++) {
            if (reviewed.get(i).isInclude()) {
                // The draft stays: a form sent twice (the back button) then hears "already imported".
                Publish publish = reviewed.get(i).isPublish() ? Publish.NOW : Publish.AFTER_REVIEW;
                outcomes.add(importer.importReviewed(files.get(i), checked.get(i), publish, editorId));
            }
        }
        return new Imported(new ImportSummary(outcomes));
    }

    private Draft draft(ImportDrafts drafts, MultipartFile upload) {
        String name = SourceFile.displayName(upload.getOriginalFilename());
        SourceFile named = new SourceFile(name, new byte[0]);
        if (!name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
            return new Draft(null, ImportPreview.rejected(named, new Message("import.error.notText", name)));
        }
        if (upload.getSize() > SourceFile.MAX_BYTES) {
            return new Draft(null, ImportPreview.rejected(named, SourceFile.tooLarge(name)));
        }
        try {
            return draft(drafts, new SourceFile(name, upload.getBytes()));
        } catch (IOException e) {
            return new Draft(null, ImportPreview.rejected(named, new Message("import.error.unreadable", name)));
        }
    }

    /** The file's preview; a file that can be imported is kept for the confirmation. */
    private Draft draft(ImportDrafts drafts, SourceFile file) {
        ImportPreview preview = importer.preview(file);
        return new Draft(preview.status() == ImportPreview.Status.READY ? drafts.keep(file) : null, preview);
    }

    /** A file's preview and, for a file kept for the confirmation, its id in {@link ImportDrafts}. */
    private record Draft(String id, ImportPreview preview) {}

    /** A new review: a form for the files kept, proposals filled in. */
    private Review review(List<Draft> previews) {
        List<Draft> kept = previews.stream().filter(draft -> draft.id() != null).toList();
        ImportReview form = new ImportReview();
        for (Draft draft : kept) {
            form.getFiles().add(ImportReview.ReviewedFile.of(draft.id(), draft.preview()));
        }
        return new Review(
                kept.stream().map(Draft::preview).toList(),
                previews.stream()
                        .filter(draft -> draft.id() == null)
                        .map(Draft::preview)
                        .toList(),
                form,
                topics.namesBySlug(),
                false);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
