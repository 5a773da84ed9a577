/** The administrator's content page: upload, sync, and the import history with its changes. */
@NullMarked
package dev.studyportal.webapp.content.ui;

import org.jspecify.annotations.NullMarked;
