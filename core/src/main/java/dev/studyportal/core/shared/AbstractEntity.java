package dev.studyportal.core.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;

/**
 * Base of every entity: a surrogate id from one table generator, and equality by that id.
 * <p>
 * The table generator works alike on MySQL (which has no sequences), MariaDB and H2, and unlike
 * IDENTITY it lets Hibernate batch inserts. Ids are handed out in blocks of 50.
 * See {@code docs/adr/0003-ids-from-a-table-generator.md}.
 */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    @TableGenerator(
            name = "ids",
            table = "id_sequence",
            pkColumnName = "sequence_name",
            valueColumnName = "next_val",
            pkColumnValue = "ids",
            allocationSize = 50)
    private @Nullable Long id;

    public @Nullable Long getId() {
        return id;
    }

    /** The id of an entity that has been stored; use only where that is known to be true. */
    public long id() {
        if (id == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " has not been stored yet");
        }
        return id;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || Hibernate.getClass(this) != Hibernate.getClass(other)) {
            return false;
        }
        return id != null && id.equals(((AbstractEntity) other).getId());
    }

    /**
     * Constant per class: the id is assigned on persist, and a hash code that changed then would
     * lose the entity in any hash-based collection it was added to before.
     */
    @Override
    public int hashCode() {
        return Hibernate.getClass(this).hashCode();
    }
}
