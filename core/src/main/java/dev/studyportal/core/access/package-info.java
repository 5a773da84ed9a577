/**
 * Who may call the services: the method-security rules that core's services declare about themselves.
 * The application that serves people enables method security (the portal does); the rules then hold
 * for every caller, not only for the view that happens to call.
 * See {@code docs/adr/0006-services-guard-themselves-and-sign-ins-are-revocable.md}.
 */
@NullMarked
package dev.studyportal.core.access;

import org.jspecify.annotations.NullMarked;
