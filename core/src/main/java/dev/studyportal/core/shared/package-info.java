/** What every feature's entities share: identity and equality. */
@NullMarked
package dev.studyportal.core.shared;

import org.jspecify.annotations.NullMarked;
