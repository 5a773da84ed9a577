package dev.studyportal.webapp.base.chart;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;

/**
 * A titled chart with its numbers in a table under a "Show as a table" disclosure: the same data for
 * keyboard and screen-reader users, and for anyone who wants exact figures.
 */
public class ChartWithTable extends Section {

    final H2 title;
    final EChart chart = new EChart();
    final Paragraph summary = new Paragraph();
    final NativeTable table = new NativeTable();
    final Details details = new Details("Show as a table", table);

    public ChartWithTable(String title, String chartClassName) {
        this.title = new H2(title);
        addClassName("chart-panel");
        chart.addClassName(chartClassName);
        summary.addClassName("chart-summary");
        table.addClassName("chart-table");
        // A frame that lets a wide chart scroll sideways on a phone (styles.css says which are wide).
        Div frame = new Div(chart);
        frame.addClassName("chart-frame");
        add(this.title, summary, frame, details);
    }

    /**
     * Draws the chart and fills the table. {@code summary} is said once, as the chart's accessible name
     * and as a sentence above it; {@code rows} are the table's cells, as text, under {@code headers}.
     */
    public void show(ChartOption option, String summary, List<String> headers, List<List<String>> rows) {
        chart.show(option, summary);
        this.summary.setText(summary);
        table.removeAll();
        table.setCaptionText(title.getText());
        NativeTableRow head = new NativeTableRow();
        headers.forEach(header -> head.addHeaderCell().setText(header));
        table.getHead().add(head);
        var body = table.addBody();
        for (List<String> cells : rows) {
            NativeTableRow row = new NativeTableRow();
            for (int i = 0; i < cells.size(); i++) {
                if (i == 0) {
                    var rowHeader = row.addHeaderCell();
                    rowHeader.setText(cells.get(i));
                    rowHeader.getElement().setAttribute("scope", "row");
                } else {
                    row.addDataCell().setText(cells.get(i));
                }
            }
            body.add(row);
        }
    }

    public EChart getChart() {
        return chart;
    }

    public NativeTable getTable() {
        return table;
    }
}
