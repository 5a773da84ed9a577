/** People who sign in: accounts, roles, and the rules their details must follow. */
@NullMarked
package dev.studyportal.core.account;

import org.jspecify.annotations.NullMarked;
