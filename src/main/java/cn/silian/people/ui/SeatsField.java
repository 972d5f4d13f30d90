package cn.silian.people.ui;

import cn.silian.people.Level;
import cn.silian.people.SeatInfo;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The seats a person holds: one row per level, each with term and constituency. */
class SeatsField extends CustomField<List<SeatInfo>> {

    private final Map<Level, Row> rows = new EnumMap<>(Level.class);

    SeatsField() {
        Div grid = new Div();
        grid.addClassName("seats-field");
        for (Level level : Level.values()) {
            Row row = new Row(level);
            rows.put(level, row);
            grid.add(row.holds, row.term, row.constituency);
        }
        add(grid);
    }

    @Override
    protected List<SeatInfo> generateModelValue() {
        List<SeatInfo> seats = new ArrayList<>();
        rows.forEach((level, row) -> {
            if (row.holds.getValue()) {
                Integer term = row.term.getValue();
                seats.add(new SeatInfo(level, term == null ? 0 : term, row.constituency.getValue()));
            }
        });
        return seats;
    }

    @Override
    protected void setPresentationValue(List<SeatInfo> seats) {
        rows.values().forEach(Row::clear);
        if (seats != null) {
            for (SeatInfo seat : seats) {
                Row row = rows.get(seat.level());
                row.holds.setValue(true);
                row.term.setValue(seat.term());
                row.constituency.setValue(seat.constituency() == null ? "" : seat.constituency());
                row.enable(true);
            }
        }
    }

    private final class Row {
        final Checkbox holds = new Checkbox();
        final IntegerField term = new IntegerField();
        final TextField constituency = new TextField();

        Row(Level level) {
            String levelName = getTranslation(level.messageKey());
            holds.setLabel(levelName);
            term.setLabel(getTranslation("deputy.seat.term"));
            term.setAriaLabel(getTranslation("deputy.seat.term.of", levelName));
            term.setMin(1);
            term.setMax(99);
            term.setStepButtonsVisible(true);
            constituency.setLabel(getTranslation("deputy.seat.constituency"));
            constituency.setAriaLabel(getTranslation("deputy.seat.constituency.of", levelName));
            constituency.setMaxLength(100);
            holds.addValueChangeListener(e -> {
                enable(e.getValue());
                updateValue();
            });
            term.addValueChangeListener(e -> updateValue());
            constituency.addValueChangeListener(e -> updateValue());
            enable(false);
        }

        void enable(boolean on) {
            term.setEnabled(on);
            constituency.setEnabled(on);
        }

        void clear() {
            holds.setValue(false);
            term.clear();
            constituency.clear();
            enable(false);
        }
    }
}
