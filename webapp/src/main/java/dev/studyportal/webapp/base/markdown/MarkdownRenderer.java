package dev.studyportal.webapp.base.markdown;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Turns the bank's Markdown into HTML that is safe to put on a page. The bank is untrusted input:
 * raw HTML is escaped by the renderer, and what comes out still passes jsoup's allow-list, which
 * drops scripts, event handlers, styles and {@code javascript:} links. Docusaurus admonitions
 * become callouts; code blocks keep their language class for the browser's highlighter.
 */
@Component
public class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("hr", "del", "s", "aside")
            .addAttributes("code", "class")
            .addAttributes("aside", "class")
            .addAttributes("p", "class")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    /** Source and HTML together; a bank of a thousand long answers fits several times over. */
    static final long CACHED_CHARACTERS = 8_000_000;

    private final Cache<String, String> rendered = Caffeine.newBuilder()
            .maximumWeight(CACHED_CHARACTERS)
            .<String, String>weigher((markdown, html) -> markdown.length() + html.length())
            .build();

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    public String toSafeHtml(String markdown) {
        return rendered.get(markdown, this::render);
    }

    private String render(String markdown) {
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(toHtml(markdown), "", SAFELIST, output);
    }

    /** Unsafe until cleaned: only {@link #toSafeHtml} may hand it out. */
    private String toHtml(String markdown) {
        StringBuilder html = new StringBuilder();
        for (Admonitions.Part part : Admonitions.split(markdown)) {
            if (part.isAdmonition()) {
                // kind is one of AdmonitionSyntax.CALLOUT_KINDS; the title is escaped like any other text.
                html.append("<aside class=\"admonition admonition-")
                        .append(part.kind())
                        .append("\">")
                        .append("<p class=\"admonition-title\">")
                        .append(Entities.escape(part.title()))
                        .append("</p>")
                        .append(toHtml(part.markdown()))
                        .append("</aside>");
            } else {
                html.append(renderer.render(parser.parse(part.markdown())));
            }
        }
        return html.toString();
    }
}
