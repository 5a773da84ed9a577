/** Flyway's Java migrations; each freezes the code it needs so that a fresh install and an upgrade give the same rows. */
@NullMarked
package db.migration;

import org.jspecify.annotations.NullMarked;
