package org.nkrtimeline.editorial.names;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nkrtimeline.collection.EntityKind;
import org.nkrtimeline.editorial.account.SignedInEditor;
import org.nkrtimeline.entity.EntityNotFoundException;
import org.nkrtimeline.entity.Script;
import org.nkrtimeline.i18n.SiteText;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' pages of the gazetteer: the list of entities with a form to add one, and each entity's
 * spellings, with the ones ICU4J proposes in the other alphabets to check and confirm.
 */
@Controller
class EntityNamesController {

    static final int MAX_NAME = 100;

    /** What names are written with: letters, marks, digits, and the punctuation of "U.N.", "Kim Il-sung's", "AT&T". */
    private static final Pattern NAME_CHARACTERS = Pattern.compile("[\\p{L}\\p{M}\\p{N} .,&'’\\-‐‑]+");

    static final int MAX_LINE = 300;

    private final GazetteerEditor gazetteer;
    private final SpellingProposals proposals;
    private final SiteText text;

    EntityNamesController(GazetteerEditor gazetteer, SpellingProposals proposals, SiteText text) {
        this.gazetteer = gazetteer;
        this.proposals = proposals;
        this.text = text;
    }

    @GetMapping("/editor/entities")
    String list(Model model) {
        model.addAttribute("entities", gazetteer.list());
        model.addAttribute("kinds", EntityKind.values());
        return "editor/entities";
    }

    @PostMapping("/editor/entities")
    String add(
            @RequestParam(name = "name", defaultValue = "") String typedName,
            @RequestParam(name = "kind", defaultValue = "") String kindName,
            @RequestParam(name = "description", defaultValue = "") String typedDescription,
            @AuthenticationPrincipal SignedInEditor signedIn,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String name = oneSpaced(typedName);
        String description = typedDescription.strip();
        Optional<EntityKind> kind = Arrays.stream(EntityKind.values())
                .filter(k -> k.name().equals(kindName))
                .findFirst();
        String problem = kind.isEmpty() ? text.get("names.error.kind") : problemWithName(name);
        if (problem == null) {
            problem = problemWithLine(description, "names.error.description");
        }
        if (problem == null) {
            try {
                GazetteerEditor.Created created = gazetteer.create(name, kind.get(), description, signedIn.id());
                redirect.addFlashAttribute("saved", saved("names.added", name, created.retagged()));
                return "redirect:/editor/entities/" + created.slug();
            } catch (DuplicateKeyException meanwhile) {
                problem = text.get(
                        "names.error.taken", name, gazetteer.namedBy(name).orElse(name));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("problem", problem);
        model.addAttribute("name", typedName);
        model.addAttribute("chosenKind", kindName);
        model.addAttribute("description", typedDescription);
        return list(model);
    }

    @GetMapping("/editor/entities/{slug}")
    String names(@PathVariable String slug, Model model) {
        GazetteerEditor.Names names = gazetteer.find(slug).orElseThrow(() -> new EntityNotFoundException(slug));
        model.addAttribute("entity", names);
        model.addAttribute("proposals", proposals.propose(names.name(), names.texts()));
        return "editor/entity-names";
    }

    /** A spelling confirmed: typed by hand, or a proposal checked (and perhaps corrected) by the editor. */
    @PostMapping("/editor/entities/{slug}/spellings")
    String confirm(
            @PathVariable String slug,
            @RequestParam(name = "spelling", defaultValue = "") String typed,
            @RequestParam(name = "source", defaultValue = "") String typedSource,
            @RequestParam(name = "proposedBy", defaultValue = "") String proposedBy,
            @AuthenticationPrincipal SignedInEditor signedIn,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        GazetteerEditor.Names names = gazetteer.find(slug).orElseThrow(() -> new EntityNotFoundException(slug));
        String spelling = oneSpaced(typed);
        // A proposal's source says which transliteration proposed it, after where the editor checked it.
        String source = typedSource.isBlank() || proposedBy.isBlank()
                ? typedSource.strip()
                : text.get("names.proposals.sourced", typedSource.strip(), proposedBy.strip());
        Optional<Script> script = Script.of(spelling);
        String problem = problemWithSpelling(spelling, script);
        if (problem == null) {
            problem = problemWithLine(source, "names.error.source");
        }
        if (problem == null) {
            try {
                GazetteerEditor.Retagged retagged =
                        gazetteer.addSpelling(names.id(), spelling, script.get(), source, signedIn.id());
                redirect.addFlashAttribute("saved", saved("names.confirmed", spelling, retagged));
                return "redirect:/editor/entities/" + slug;
            } catch (DuplicateKeyException meanwhile) {
                problem = text.get(
                        "names.error.taken",
                        spelling,
                        gazetteer.namedBy(spelling).orElse(names.name()));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("problem", problem);
        model.addAttribute("spelling", typed);
        model.addAttribute("source", typedSource);
        return names(slug, model);
    }

    @PostMapping("/editor/entities/{slug}/spellings/remove")
    String remove(
            @PathVariable String slug,
            @RequestParam(name = "spelling", defaultValue = "") String spelling,
            RedirectAttributes redirect) {
        GazetteerEditor.Names names = gazetteer.find(slug).orElseThrow(() -> new EntityNotFoundException(slug));
        redirect.addFlashAttribute(
                "saved",
                gazetteer
                        .removeSpelling(names.id(), spelling)
                        .map(retagged -> saved("names.removed", spelling, retagged))
                        .orElseGet(() -> text.get("names.removed.already")));
        return "redirect:/editor/entities/" + slug;
    }

    private String saved(String key, String spelling, GazetteerEditor.Retagged retagged) {
        String done = text.get(key, spelling) + " " + text.get("names.retagged", retagged.read());
        return retagged.setByHand() == 0 ? done : done + " " + text.get("names.setByHand", retagged.setByHand());
    }

    /** Why an entity cannot have this name, or null. */
    private String problemWithName(String name) {
        Optional<Script> latin = Script.of(name).filter(Script.LATIN::equals);
        return problemWith(name, "names.error.emptyName", latin, "names.error.english");
    }

    /** Why this spelling cannot be confirmed, or null. */
    private String problemWithSpelling(String spelling, Optional<Script> script) {
        return problemWith(spelling, "names.error.emptySpelling", script, "names.error.script");
    }

    /** Why a spelling is none a name could have, is in no accepted script or is another entity's, or null. */
    private String problemWith(String spelling, String emptyKey, Optional<Script> accepted, String scriptKey) {
        if (spelling.isEmpty()) {
            return text.get(emptyKey);
        }
        if (spelling.length() > MAX_NAME) {
            return text.get("names.error.tooLong", MAX_NAME);
        }
        if (!NAME_CHARACTERS.matcher(spelling).matches()) {
            return text.get("names.error.characters");
        }
        if (accepted.isEmpty()) {
            return text.get(scriptKey);
        }
        return gazetteer
                .namedBy(spelling)
                .map(other -> text.get("names.error.taken", spelling, other))
                .orElse(null);
    }

    /** Why a description or a source is not one line of text, or null. */
    private String problemWithLine(String line, String emptyKey) {
        if (line.isEmpty()) {
            return text.get(emptyKey);
        }
        if (line.length() > MAX_LINE || line.chars().anyMatch(Character::isISOControl)) {
            return text.get("names.error.line", MAX_LINE);
        }
        return null;
    }

    private static String oneSpaced(String typed) {
        return typed.strip().replaceAll("\\s+", " ");
    }
}
