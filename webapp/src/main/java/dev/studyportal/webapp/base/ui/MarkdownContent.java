package dev.studyportal.webapp.base.ui;

import com.vaadin.flow.component.html.Div;

/**
 * Rendered Markdown on a page. Takes only HTML that
 * {@link dev.studyportal.webapp.base.markdown.MarkdownRenderer} has made safe.
 */
public class MarkdownContent extends Div {

    public MarkdownContent(String safeHtml) {
        addClassName("markdown");
        getElement().setProperty("innerHTML", safeHtml);
    }

    public String getHtml() {
        return getElement().getProperty("innerHTML", "");
    }
}
