/** The web portal: application, security and views. Views talk to core and importer services only. */
@NullMarked
package dev.studyportal.webapp;

import org.jspecify.annotations.NullMarked;
