package cn.silian.statistics.ui;

import cn.silian.statistics.Figure;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * One figure: its title, the chart, the sentence that says what it counts, and the same figures
 * as a table with a caption and headings, for those who do not see the chart or want the numbers.
 */
class FigurePanel extends Section {

    final Figure figure;
    final EChart chart;
    final NativeTable table = new NativeTable();

    FigurePanel(Figure figure) {
        this.figure = figure;
        addClassName("figure-panel");
        getElement().setAttribute("data-figure", figure.code());
        getStyle().set("min-width", "0").set("padding", "var(--lumo-space-m)")
                .set("border-style", "solid").set("border-width", "1px")
                .set("border-color", "var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)");
        String title = getTranslation(figure.titleKey());
        H3 heading = new H3(title);
        heading.setId("figure-" + figure.code());
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        chart = new EChart(title);
        chart.setOptions(ChartOptions.of(figure, this::getTranslation));
        Paragraph definition = new Paragraph(getTranslation(figure.definitionKey()));
        definition.addClassName("figure-definition");
        definition.setId("figure-" + figure.code() + "-definition");
        // The chart is described by the sentence under it, as the table is named by its caption.
        chart.getElement().setAttribute("aria-describedby", definition.getId().orElseThrow());
        definition.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        buildTable(title);
        Div scroller = new Div(table);
        scroller.getStyle().set("overflow-x", "auto");
        add(heading, chart, definition, scroller);
    }

    private void buildTable(String title) {
        table.addClassName("figure-table");
        table.setCaptionText(title);
        table.getStyle().set("border-collapse", "collapse").set("width", "100%").set("font-size", "var(--lumo-font-size-s)");
        NativeTableRow head = table.getHead().addRow();
        header(head, getTranslation(figure.labelKey()), "col");
        for (Figure.Measure m : figure.measures()) {
            header(head, getTranslation(m.key()), "col").getStyle().set("text-align", "end");
        }
        if (figure.rows().isEmpty()) {
            NativeTableCell none = table.getBody().addRow().addDataCell();
            none.setColspan(figure.measures().size() + 1);
            none.setText(getTranslation("statistics.empty"));
            return;
        }
        for (Figure.Row row : figure.rows()) {
            NativeTableRow line = table.getBody().addRow();
            header(line, row.label(this::getTranslation), "row").getStyle().set("font-weight", "normal");
            for (int m = 0; m < figure.measures().size(); m++) {
                NativeTableCell cell = line.addDataCell();
                cell.setText(figure.text(row, m));
                cell.getStyle().set("text-align", "end").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)");
            }
        }
    }

    private static NativeTableHeaderCell header(NativeTableRow row, String text, String scope) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.setText(text);
        cell.getElement().setAttribute("scope", scope);
        cell.getStyle().set("text-align", "start").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-bottom-style", "solid")
                .set("border-bottom-width", "1px").set("border-bottom-color", "var(--lumo-contrast-10pct)");
        return cell;
    }
}
