package dev.studyportal.core.content;

import dev.studyportal.core.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.List;
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

    @Column(name = "category_path", nullable = false)
    private String categoryPath = "";

    @Column(name = "category_label")
    private @Nullable String categoryLabel;

    @Column(name = "category_position")
    private @Nullable Double categoryPosition;

    @Column(name = "category_index", nullable = false)
    private boolean categoryIndex;

    @Column(name = "sidebar_label")
    private @Nullable String sidebarLabel;

    @Column
    private @Nullable String slug;

    @Column(nullable = false)
    private boolean unlisted;

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
     * Takes what the bank now says about this page, and brings it back if it had been retired.
     *
     * @return whether anything changed
     */
    public boolean describe(PageDescription description) {
        boolean changed = !description.equals(description()) || retired;
        this.path = requireText(description.path(), "path");
        this.title = requireText(description.title(), "title");
        this.sidebarPosition = description.sidebarPosition();
        this.frontMatter = description.frontMatter();
        this.customEditUrl = description.customEditUrl();
        if (!this.tags.equals(new LinkedHashSet<>(description.tags()))) {
            // Replacing an unchanged collection would still delete and re-insert its rows.
            this.tags.clear();
            this.tags.addAll(description.tags());
        }
        this.categoryPath = description.category().path();
        this.categoryLabel = description.category().label();
        this.categoryPosition = description.category().position();
        this.categoryIndex = description.categoryIndex();
        this.sidebarLabel = description.sidebarLabel();
        this.slug = description.slug();
        this.unlisted = description.unlisted();
        this.retired = false;
        return changed;
    }

    /** The page as it was last described; compared with a new description to see whether anything changed. */
    public PageDescription description() {
        return new PageDescription(
                path,
                title,
                sidebarPosition,
                frontMatter,
                customEditUrl,
                List.copyOf(tags),
                category(),
                categoryIndex,
                sidebarLabel,
                slug,
                unlisted);
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

    public PageCategory category() {
        return new PageCategory(categoryPath, categoryLabel, categoryPosition);
    }

    public boolean isCategoryIndex() {
        return categoryIndex;
    }

    public @Nullable String getSidebarLabel() {
        return sidebarLabel;
    }

    public boolean isUnlisted() {
        return unlisted;
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
