package dev.studyportal.core.content;

import dev.studyportal.core.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@code ##} heading of a page. A section with no questions is a reading section (Practice Tips,
 * Further Resources); its Markdown is kept as its reading body.
 */
@Entity
@Table(name = "section")
public class Section extends AbstractEntity {

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "page_id", nullable = false, updatable = false)
    private Page page;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private int position;

    @Column(name = "reading_body")
    private @Nullable String readingBody;

    @Column(nullable = false)
    private boolean retired;

    protected Section() {
        slug = title = "";
    }

    public Section(Page page, String slug, String title, int position) {
        this.page = Objects.requireNonNull(page, "page");
        this.slug = Page.requireText(slug, "section slug");
        this.title = Page.requireText(title, "section title");
        this.position = position;
    }

    /** @return whether anything changed */
    public boolean describe(String title, int position, @Nullable String readingBody) {
        boolean changed = !this.title.equals(title)
                || this.position != position
                || !Objects.equals(this.readingBody, readingBody)
                || retired;
        this.title = Page.requireText(title, "section title");
        this.position = position;
        this.readingBody = readingBody;
        this.retired = false;
        return changed;
    }

    /**
     * Follows a renamed heading: the section keeps its row, so its questions do not count as moved.
     *
     * @return whether the slug changed
     */
    public boolean reslug(String slug) {
        boolean changed = !this.slug.equals(slug);
        this.slug = Page.requireText(slug, "section slug");
        return changed;
    }

    public boolean retire() {
        boolean changed = !retired;
        retired = true;
        return changed;
    }

    public Page getPage() {
        return page;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public int getPosition() {
        return position;
    }

    public @Nullable String getReadingBody() {
        return readingBody;
    }

    public boolean isRetired() {
        return retired;
    }
}
