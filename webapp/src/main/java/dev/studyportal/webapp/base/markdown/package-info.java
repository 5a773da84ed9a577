/** Renders imported Markdown, which is untrusted, to sanitized HTML (admonitions included). */
@NullMarked
package dev.studyportal.webapp.base.markdown;

import org.jspecify.annotations.NullMarked;
