package org.nkrtimeline.editorial.importing;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.nkrtimeline.editorial.account.SignedInEditor;
import org.nkrtimeline.editorial.edit.ArticleMetadata;
import org.nkrtimeline.i18n.FormErrors;
import org.nkrtimeline.i18n.Message;
import org.nkrtimeline.topic.TopicRepository;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The editors' import: upload files or paste a text, review what each would become, confirm. Nothing
 * is stored before the confirmation (the files wait in the editor's session, {@link ImportDrafts}); then
 * each article is its own transaction, as on the command line.
 */
@Controller
class ImportController {

    static final String PASTED_NAME = "pasted.txt";

    private final ArticleImporter importer;
    private final TopicRepository topics;

    ImportController(ArticleImporter importer, TopicRepository topics) {
        this.importer = importer;
        this.topics = topics;
    }

    @GetMapping("/editor/import")
    String form() {
        return "editor/import";
    }

    @PostMapping("/editor/import/files")
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> uploads, Model model,
                  HttpServletResponse response, HttpSession session) {
        List<MultipartFile> chosen = uploads == null ? List.of()
                : uploads.stream().filter(upload -> !upload.isEmpty() || !blank(upload.getOriginalFilename())).toList();
        if (chosen.isEmpty()) {
            return refused(model, response, new Message("import.error.noFiles"));
        }
        if (chosen.size() > ImportReview.MAX_FILES) {
            return refused(model, response, new Message("import.error.tooManyFiles", String.valueOf(ImportReview.MAX_FILES)));
        }
        ImportDrafts drafts = ImportDrafts.of(session);
        List<Draft> previews = new ArrayList<>();
        for (MultipartFile upload : chosen) {
            previews.add(draft(drafts, upload));
        }
        return review(model, previews, null);
    }

    @PostMapping("/editor/import/text")
    String paste(@RequestParam(name = "name", required = false) String name,
                 @RequestParam(name = "text", required = false) String text, Model model, HttpServletResponse response,
                 HttpSession session) {
        if (text == null || text.isBlank()) {
            return refused(model, response, new Message("import.error.noText"));
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > SourceFile.MAX_BYTES) {
            return refused(model, response, new Message("import.error.textTooLarge", String.valueOf(SourceFile.MAX_BYTES >> 20)));
        }
        SourceFile pasted = new SourceFile(blank(name) ? PASTED_NAME : name, bytes);
        return review(model, List.of(draft(ImportDrafts.of(session), pasted)), null);
    }

    @PostMapping("/editor/import/confirm")
    String confirm(@ModelAttribute("review") ImportReview review, BindingResult errors,
                   @AuthenticationPrincipal SignedInEditor signedIn, Model model, HttpServletResponse response,
                   HttpSession session) {
        if (review.getFiles().isEmpty() || review.getFiles().size() > ImportReview.MAX_FILES) {
            return refused(model, response, new Message("import.review.error.incomplete"));
        }
        ImportDrafts drafts = ImportDrafts.of(session);
        List<SourceFile> files = new ArrayList<>();
        for (ImportReview.ReviewedFile file : review.getFiles()) {
            Optional<SourceFile> kept = drafts.find(file.getDraft());
            if (kept.isEmpty()) {
                return refused(model, response, new Message("import.review.error.gone"));
            }
            files.add(kept.get());
        }
        Set<String> topicSlugs = topics.namesBySlug().keySet();
        List<ArticleMetadata> checked = new ArrayList<>();
        for (int i = 0; i < review.getFiles().size(); i++) {
            errors.pushNestedPath("files[" + i + "].metadata");
            checked.add(review.getFiles().get(i).getMetadata().validate(errors, topicSlugs));
            errors.popNestedPath();
        }
        List<Draft> previews = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            previews.add(new Draft(review.getFiles().get(i).getDraft(), importer.preview(files.get(i))));
        }
        boolean included = review.getFiles().stream().anyMatch(ImportReview.ReviewedFile::isInclude);
        if (!included) {
            FormErrors.reject(errors, "none", "import.review.error.none");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return review(model, previews, review);
        }
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < review.getFiles().size(); i++) {
            ImportReview.ReviewedFile file = review.getFiles().get(i);
            if (file.isInclude()) {
                // The draft stays: a form sent twice (the back button) then hears "already imported".
                outcomes.add(importer.importReviewed(files.get(i), checked.get(i), signedIn.id()));
            }
        }
        model.addAttribute("summary", new ImportSummary(outcomes));
        return "editor/import-result";
    }

    private Draft draft(ImportDrafts drafts, MultipartFile upload) {
        String name = SourceFile.displayName(upload.getOriginalFilename());
        SourceFile named = new SourceFile(name, new byte[0]);
        if (!name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
            return new Draft(null, ImportPreview.rejected(named,
                    new Message("import.error.notText", name)));
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
    record Draft(String id, ImportPreview preview) {
    }

    /**
     * The review page: the files that cannot be imported, with why, and a form for the others. The
     * form's files and {@code drafts} (their previews) go in the same order.
     */
    private String review(Model model, List<Draft> previews, ImportReview submitted) {
        ImportReview review = submitted;
        List<Draft> drafts = previews;
        List<ImportPreview> others = List.of();
        if (review == null) {
            drafts = previews.stream().filter(draft -> draft.id() != null).toList();
            others = previews.stream().filter(draft -> draft.id() == null).map(Draft::preview).toList();
            review = new ImportReview();
            for (Draft draft : drafts) {
                review.getFiles().add(ImportReview.ReviewedFile.of(draft.id(), draft.preview()));
            }
        }
        model.addAttribute("drafts", drafts.stream().map(Draft::preview).toList());
        model.addAttribute("others", others);
        model.addAttribute("review", review);
        model.addAttribute("topicNames", topics.namesBySlug());
        return "editor/import-review";
    }

    /** The import page again, saying what was wrong (the template reads the message in the site's language). */
    private static String refused(Model model, HttpServletResponse response, Message problem) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("problem", problem);
        return "editor/import";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
