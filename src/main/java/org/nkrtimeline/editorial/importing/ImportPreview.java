package org.nkrtimeline.editorial.importing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.nkrtimeline.collection.source.Block;
import org.nkrtimeline.collection.source.ParsedArticle;
import org.nkrtimeline.editorial.edit.ArticleMetadata;
import org.nkrtimeline.entity.MentionedEntity;
import org.nkrtimeline.event.NearDuplicate;
import org.nkrtimeline.i18n.Message;

/**
 * What importing one file would do, for the editor to review before anything is stored.
 *
 * @param sourceText   the file's text, carried through the review form unchanged (null if unreadable)
 * @param why          why the file cannot be imported (REJECTED): which file, which line, what is wrong
 * @param existingSlug the stored article the file duplicates (DUPLICATE)
 * @param proposal     the proposed headline, dates and topics (READY)
 * @param entities     the people, places and organisations the text names (READY)
 * @param blocks       the text as the article's page will show it (READY)
 * @param headlineNeeded no headline could be proposed from the text: the proposal's is a placeholder
 *                     (READY), which publishing refuses
 * @param nearDuplicates published articles of which the text is substantially a copy (READY): it may
 *                     be a rewrite of one of them
 */
public record ImportPreview(
        String fileName,
        String sourceText,
        Status status,
        Message why,
        String existingSlug,
        ArticleMetadata proposal,
        List<MentionedEntity> entities,
        List<Block> blocks,
        boolean headlineNeeded,
        List<NearDuplicate> nearDuplicates) {

    public enum Status {
        READY,
        DUPLICATE,
        REJECTED
    }

    static ImportPreview rejected(SourceFile file, Message why) {
        return new ImportPreview(
                file.name(), null, Status.REJECTED, why, null, null, List.of(), List.of(), false, List.of());
    }

    /** Why the file cannot be imported, in English; the review page reads {@link #why()} in the site's language. */
    public String reason() {
        return why == null ? null : why.english();
    }

    static ImportPreview duplicate(SourceFile file, String existingSlug) {
        return new ImportPreview(
                file.name(), null, Status.DUPLICATE, null, existingSlug, null, List.of(), List.of(), false, List.of());
    }

    static ImportPreview ready(
            SourceFile file,
            ParsedArticle parsed,
            ArticleMetadata proposal,
            List<MentionedEntity> entities,
            boolean headlineNeeded,
            List<NearDuplicate> nearDuplicates) {
        // The parser accepted the bytes as strict UTF-8, so this is the file's text exactly.
        return new ImportPreview(
                file.name(),
                new String(file.bytes(), StandardCharsets.UTF_8),
                Status.READY,
                null,
                null,
                proposal,
                entities,
                parsed.blocks(),
                headlineNeeded,
                nearDuplicates);
    }
}
