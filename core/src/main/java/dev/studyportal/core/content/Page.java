package dev.studyportal.core.content;

import dev.studyportal.core.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One Markdown file of the question bank, identified by its Docusaurus doc id. */
@Entity
@Table(name = "page")
public class Page extends AbstractEntity {

    @Version
    private long version;

    @Column(name = "doc_id", nullable = false, updatable = false)
    private String docId;

    @Column(nullable = false)
    private String path;

    @Column(nullable = false)
    private String title;

    @Column(name = "sidebar_position")
    private @Nullable Integer sidebarPosition;

    @Column(name = "front_matter")
    private @Nullable String frontMatter;

    @Column(name = "custom_edit_url")
    private @Nullable String customEditUrl;

    @ElementCollection
    @CollectionTable(name = "page_tag", joinColumns = @JoinColumn(name = "page_id"))
    @Column(name = "tag", nullable = false)
    private Set<String> tags = new LinkedHashSet<>();

    @Column(nullable = false)
    private boolean retired;

    protected Page() {
        docId = path = title = "";
    }

    public Page(String docId, String path, String title) {
        this.docId = requireText(docId, "doc id");
        this.path = requireText(path, "path");
        this.title = requireText(title, "title");
    }

    /**
     * Takes what the bank now says about this page.
     *
     * @return whether anything changed
     */
    public boolean describe(String path, String title, @Nullable Integer sidebarPosition,
                            @Nullable String frontMatter, @Nullable String customEditUrl, Collection<String> tags) {
        boolean changed = !this.path.equals(path) || !this.title.equals(title)
                || !Objects.equals(this.sidebarPosition, sidebarPosition)
                || !Objects.equals(this.frontMatter, frontMatter)
                || !Objects.equals(this.customEditUrl, customEditUrl)
                || !this.tags.equals(new LinkedHashSet<>(tags))
                || retired;
        this.path = requireText(path, "path");
        this.title = requireText(title, "title");
        this.sidebarPosition = sidebarPosition;
        this.frontMatter = frontMatter;
        this.customEditUrl = customEditUrl;
        if (!this.tags.equals(new LinkedHashSet<>(tags))) {
            // Replacing an unchanged collection would still delete and re-insert its rows.
            this.tags.clear();
            this.tags.addAll(tags);
        }
        this.retired = false;
        return changed;
    }

    /** The file is gone from the bank; its questions are retired with it, never deleted. */
    public boolean retire() {
        boolean changed = !retired;
        retired = true;
        return changed;
    }

    public String getDocId() {
        return docId;
    }

    public String getPath() {
        return path;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable Integer getSidebarPosition() {
        return sidebarPosition;
    }

    public @Nullable String getFrontMatter() {
        return frontMatter;
    }

    public @Nullable String getCustomEditUrl() {
        return customEditUrl;
    }

    public Set<String> getTags() {
        return Set.copyOf(tags);
    }

    public boolean isRetired() {
        return retired;
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A page's " + what + " must not be blank");
        }
        return value;
    }
}
