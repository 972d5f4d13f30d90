package cn.silian.performance.ui;

import cn.silian.performance.DeputyRecord;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The record laid out as the archive reads it: plain tables (a deputy's year is some dozens of
 * items, all shown), which print as they look, one per section, after the points by group.
 */
final class RecordSheet {

    /** A message key and its arguments to the reader's language. */
    @FunctionalInterface
    interface Texts {
        String t(String key, Object... args);
    }

    private RecordSheet() {
    }

    static Div of(DeputyRecord record, Texts texts) {
        Div sheet = new Div();
        sheet.addClassName("record-sheet");
        String year = String.valueOf(record.year());
        sheet.add(new H2(texts.t("record.title", record.name(), year)));
        sheet.add(new Paragraph(record.streetName() == null ? texts.t("record.subtitle.no-street", year)
                : texts.t("record.subtitle", record.streetName(), year)));
        int activities = record.sections().stream().mapToInt(DeputyRecord.Section::count).sum();
        Paragraph summary = new Paragraph(texts.t("record.summary", String.valueOf(activities), String.valueOf(record.total())));
        summary.addClassName("record-summary");
        sheet.add(summary);

        sheet.add(new H3(texts.t("record.points")));
        sheet.add(points(record, texts));
        int no = 1;
        for (DeputyRecord.Section s : record.sections()) {
            H3 heading = new H3(texts.t("record.pdf.section", String.valueOf(no++), s.title(), String.valueOf(s.count())));
            sheet.add(heading);
            if (s.counts().size() > 1) {
                sheet.add(new Paragraph(s.counts().stream()
                        .map(c -> texts.t("record.count", c.label(), String.valueOf(c.count())))
                        .collect(Collectors.joining(" · "))));
            }
            sheet.add(s.items().isEmpty() ? new Paragraph(texts.t("record.none")) : items(s.items(), texts));
        }
        return sheet;
    }

    private static NativeTable points(DeputyRecord record, Texts texts) {
        NativeTable table = table(texts.t("record.col.group"), texts.t("record.col.duty"), texts.t("record.col.entries"),
                texts.t("record.col.points"));
        NativeTableBody body = table.getBody();
        for (DeputyRecord.GroupPoints g : record.points()) {
            for (DeputyRecord.DutyLine d : g.duties()) {
                body.addRows(new NativeTableRow(new NativeTableCell(g.name()), new NativeTableCell(d.name()),
                        new NativeTableCell(String.valueOf(d.entries())), new NativeTableCell(String.valueOf(d.counted()))));
            }
            body.addRows(strong(g.duties().isEmpty() ? g.name() : texts.t("record.subtotal", g.name()), g.points()));
        }
        body.addRows(strong(texts.t("record.total"), record.total()));
        return table;
    }

    private static NativeTableRow strong(String label, int points) {
        NativeTableRow row = new NativeTableRow(new NativeTableHeaderCell(label), new NativeTableCell(),
                new NativeTableCell(), new NativeTableHeaderCell(String.valueOf(points)));
        row.addClassName("record-subtotal");
        return row;
    }

    private static NativeTable items(List<DeputyRecord.Item> items, Texts texts) {
        NativeTable table = table(texts.t("record.col.date"), texts.t("record.col.kind"), texts.t("record.col.title"),
                texts.t("record.col.detail"));
        NativeTableBody body = table.getBody();
        for (DeputyRecord.Item i : items) {
            NativeTableCell title = new NativeTableCell();
            if (i.link() == null) {
                title.setText(i.title());
            } else {
                Anchor link = new Anchor(i.link(), i.title());
                link.getElement().setAttribute("aria-label", texts.t("record.open.of", i.title()));
                title.add(link);
            }
            body.addRows(new NativeTableRow(new NativeTableCell(i.on().toString()), new NativeTableCell(i.kindLabel()),
                    title, new NativeTableCell(i.detail())));
        }
        return table;
    }

    private static NativeTable table(String... headers) {
        NativeTable table = new NativeTable();
        // The duty notice's table style: ruled cells that print as they look.
        table.addClassName("notice-table");
        table.addClassName("record-table");
        table.getStyle().set("width", "100%").set("max-width", "60em");
        NativeTableRow head = new NativeTableRow();
        for (String h : headers) {
            head.add(new NativeTableHeaderCell(h));
        }
        table.getHead().addRows(head);
        return table;
    }
}
