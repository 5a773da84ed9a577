/** The Apache ECharts wrapper: one Vaadin component with a typed option builder, and its accessible table. */
@NullMarked
package dev.studyportal.webapp.base.chart;

import org.jspecify.annotations.NullMarked;
