package org.nkrtimeline.cite;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.nkrtimeline.collection.ArticleNotFoundException;
import org.springframework.http.MediaType;

/**
 * The three files a reference manager reads, for one article or many: RIS records one after the
 * other, BibTeX entries likewise, CSL-JSON one array of items. Written a chunk of articles at a time.
 */
enum CitationFile {
    RIS("ris", "application/x-research-info-systems;charset=UTF-8"),
    BIBTEX("bib", "application/x-bibtex;charset=UTF-8"),
    CSL_JSON("json", "application/vnd.citationstyles.csl+json;charset=UTF-8");

    private final String extension;
    private final MediaType type;

    CitationFile(String extension, String type) {
        this.extension = extension;
        this.type = MediaType.parseMediaType(type);
    }

    String extension() {
        return extension;
    }

    /**
     * The file an address's extension names ("ris", "bib", "json"); an unknown one names a page that
     * does not exist (404).
     */
    static CitationFile ofExtension(String extension) {
        for (CitationFile file : values()) {
            if (file.extension.equalsIgnoreCase(extension)) {
                return file;
            }
        }
        throw new ArticleNotFoundException(extension);
    }

    MediaType type() {
        return type;
    }

    void start(Writer out) throws IOException {
        if (this == CSL_JSON) {
            out.write('[');
        }
    }

    /** @param first whether these are the file's first articles (CSL-JSON separates items with commas) */
    void write(List<CitedArticle> articles, boolean first, Writer out) throws IOException {
        for (int i = 0; i < articles.size(); i++) {
            CitedArticle article = articles.get(i);
            switch (this) {
                case RIS -> out.write(CitationFormats.ris(article));
                case BIBTEX -> out.write(CitationFormats.bibtex(article));
                case CSL_JSON -> {
                    if (!(first && i == 0)) {
                        out.write(",\n");
                    }
                    out.write(CitationFormats.cslJson(CitationFormats.item(article)));
                }
            }
        }
    }

    void end(Writer out) throws IOException {
        if (this == CSL_JSON) {
            out.write("]\n");
        }
    }
}
