package org.nkrtimeline.editorial.importing;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.nkrtimeline.editorial.account.SignedInEditor;
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
 * The editors' import: upload files or paste a text, review what each would become, confirm
 * ({@link ImportReviewService}).
 */
@Controller
class ImportController {

    private final ImportReviewService imports;

    ImportController(ImportReviewService imports) {
        this.imports = imports;
    }

    @GetMapping("/editor/import")
    String form() {
        return "editor/import";
    }

    @PostMapping("/editor/import/files")
    String upload(
            @RequestParam(name = "files", required = false) List<MultipartFile> uploads,
            Model model,
            HttpServletResponse response,
            HttpSession session) {
        return view(imports.upload(uploads, ImportDrafts.of(session)), model, response);
    }

    @PostMapping("/editor/import/text")
    String paste(
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "text", required = false) String text,
            Model model,
            HttpServletResponse response,
            HttpSession session) {
        return view(imports.paste(name, text, ImportDrafts.of(session)), model, response);
    }

    @PostMapping("/editor/import/confirm")
    String confirm(
            @ModelAttribute("review") ImportReview review,
            BindingResult errors,
            @AuthenticationPrincipal SignedInEditor signedIn,
            Model model,
            HttpServletResponse response,
            HttpSession session) {
        return view(imports.confirm(review, errors, ImportDrafts.of(session), signedIn.id()), model, response);
    }

    private static String view(ImportReviewService.Step step, Model model, HttpServletResponse response) {
        if (step instanceof ImportReviewService.Refused refused) {
            // The template reads the message in the site's language.
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", refused.problem());
            return "editor/import";
        }
        if (step instanceof ImportReviewService.Review review) {
            if (review.corrections()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
            model.addAttribute("drafts", review.drafts());
            model.addAttribute("others", review.others());
            model.addAttribute("review", review.form());
            model.addAttribute("topicNames", review.topicNames());
            return "editor/import-review";
        }
        model.addAttribute("summary", ((ImportReviewService.Imported) step).summary());
        return "editor/import-result";
    }
}
