/** Account screens: sign-up, password choice, appearance, personal data and the administrator's account settings. */
@NullMarked
package dev.studyportal.webapp.account.ui;

import org.jspecify.annotations.NullMarked;
