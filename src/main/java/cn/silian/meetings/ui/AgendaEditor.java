package cn.silian.meetings.ui;

import cn.silian.meetings.AgendaLine;
import cn.silian.meetings.MeetingService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.List;

/** The agenda as ordered rows of title, presenter and minutes, with buttons to add, move and remove. */
class AgendaEditor extends VerticalLayout implements HasValidation {

    final List<Row> rows = new ArrayList<>();
    final Button add = new Button();
    private final VerticalLayout list = new VerticalLayout();
    private final Span error = new Span();
    private String errorMessage;

    AgendaEditor() {
        addClassName("agenda-editor");
        setPadding(false);
        list.setPadding(false);
        list.setSpacing(false);
        add.setText(getTranslation("meeting.agenda.add"));
        add.setIcon(new Icon(VaadinIcon.PLUS));
        add.addClickListener(e -> {
            rows.add(new Row(null));
            redraw();
            rows.getLast().title.focus();
        });
        error.addClassName("field-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(new H3(getTranslation("meeting.agenda")), list, error, add);
    }

    void setValue(List<AgendaLine> lines) {
        rows.clear();
        lines.forEach(l -> rows.add(new Row(l)));
        redraw();
    }

    List<AgendaLine> getValue() {
        return rows.stream().map(Row::line).filter(l -> l != null).toList();
    }

    private void redraw() {
        list.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            row.number(i + 1, rows.size());
            list.add(row);
        }
    }

    void move(Row row, int by) {
        int at = rows.indexOf(row);
        int to = at + by;
        if (to < 0 || to >= rows.size()) {
            return;
        }
        rows.remove(at);
        rows.add(to, row);
        redraw();
    }

    void remove(Row row) {
        rows.remove(row);
        redraw();
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage;
        error.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }

    /** One agenda item; blank rows are left out when the agenda is read. */
    class Row extends FlexLayout {
        final TextField title = new TextField();
        final TextField presenter = new TextField();
        final IntegerField minutes = new IntegerField();
        final Button up = new Button(new Icon(VaadinIcon.ARROW_UP));
        final Button down = new Button(new Icon(VaadinIcon.ARROW_DOWN));
        final Button delete = new Button(new Icon(VaadinIcon.TRASH));

        Row(AgendaLine line) {
            addClassName("agenda-row");
            setFlexWrap(FlexWrap.WRAP);
            setAlignItems(FlexComponent.Alignment.BASELINE);
            getStyle().set("gap", "var(--lumo-space-s)");
            title.setMaxLength(MeetingService.AGENDA_TITLE_MAX);
            title.setWidth("20em");
            presenter.setLabel(getTranslation("meeting.agenda.presenter"));
            presenter.setMaxLength(MeetingService.PRESENTER_MAX);
            minutes.setLabel(getTranslation("meeting.agenda.minutes-label"));
            minutes.setMin(1);
            minutes.setMax(600);
            minutes.setWidth("7em");
            if (line != null) {
                title.setValue(line.title() == null ? "" : line.title());
                presenter.setValue(line.presenter() == null ? "" : line.presenter());
                minutes.setValue(line.minutes());
            }
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            down.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            up.addClickListener(e -> move(this, -1));
            down.addClickListener(e -> move(this, 1));
            delete.addClickListener(e -> remove(this));
            add(title, presenter, minutes, up, down, delete);
        }

        void number(int n, int of) {
            title.setLabel(getTranslation("meeting.agenda.item", n));
            up.setAriaLabel(getTranslation("meeting.agenda.up", n));
            down.setAriaLabel(getTranslation("meeting.agenda.down", n));
            delete.setAriaLabel(getTranslation("meeting.agenda.remove", n));
            up.setEnabled(n > 1);
            down.setEnabled(n < of);
        }

        AgendaLine line() {
            if (title.isEmpty() && presenter.isEmpty() && minutes.isEmpty()) {
                return null;
            }
            return new AgendaLine(title.getValue(), presenter.getValue().isBlank() ? null : presenter.getValue(), minutes.getValue());
        }
    }
}
