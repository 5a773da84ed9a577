/**
 * What the portal tells its operators about itself: timers around the service calls people wait for
 * (a rating, today's queue, the dashboard, a bank sync) and the number of open Vaadin sessions, scraped
 * by Prometheus from the management port (docs/operations.md, docs/adr/0008-metrics-off-the-public-port.md).
 * Core stays free of Micrometer: the timers wrap core's services from here.
 */
@NullMarked
package dev.studyportal.webapp.operations;

import org.jspecify.annotations.NullMarked;
