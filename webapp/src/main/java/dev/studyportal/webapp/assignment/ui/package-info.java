/** Assignment screens: assigning a set to a cohort, extending its due date, the class analytics and today's assignments. */
@NullMarked
package dev.studyportal.webapp.assignment.ui;

import org.jspecify.annotations.NullMarked;
