package dev.studyportal.webapp.base.ui;

import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Div;

/**
 * Rendered Markdown on a page. Takes only HTML that
 * {@link dev.studyportal.webapp.base.markdown.MarkdownRenderer} has made safe.
 */
@NpmPackage(value = "highlight.js", version = "11.11.1")
@JsModule("./code-highlight.js")
public class MarkdownContent extends Div {

    public MarkdownContent(String safeHtml) {
        addClassName("markdown");
        getElement().setProperty("innerHTML", safeHtml);
    }

    public String getHtml() {
        return getElement().getProperty("innerHTML", "");
    }
}
