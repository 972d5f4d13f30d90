package cn.silian.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A list's secondary columns, which on a phone move under its main one: beside it they squeeze
 * the main name to a few characters ("村社集…"). The main cell always carries them as a second
 * line ({@link #line}, {@link #secondLine}), which the style sheet shows on a phone only, so the
 * rows need not be fetched again when the width changes; only the columns are hidden and shown
 * here. The width is the browser window's, asked when the grid is attached and followed on every
 * resize.
 */
public final class PhoneColumns<T> implements Serializable {

    /** The width below which a screen counts as a phone's, as in the style sheet's media queries. */
    public static final int NARROW = 640;

    private static final String WRAP = GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName();

    private final Grid<T> grid;
    private final List<Grid.Column<T>> columns = new ArrayList<>();
    private Grid.Column<T> main;
    private int mainGrow;
    private boolean narrow;
    private boolean wrapAdded;
    private Registration resize;

    public PhoneColumns(Grid<T> grid) {
        this.grid = grid;
        grid.addAttachListener(e -> {
            // Asked afresh, not from the cached client details: the window may have changed since.
            grid.getElement().executeJs("return window.innerWidth")
                    .then(Integer.class, width -> narrow(width < NARROW));
            resize = e.getUI().getPage().addBrowserWindowResizeListener(r -> narrow(r.getWidth() < NARROW));
        });
        grid.addDetachListener(e -> {
            if (resize != null) {
                resize.remove();
                resize = null;
            }
        });
    }

    /** Marks the main column, which fills the width on a phone whatever it does on a wide screen. */
    public Grid.Column<T> main(Grid.Column<T> column) {
        main = column;
        mainGrow = column.getFlexGrow();
        return column;
    }

    /** Marks a column as secondary: hidden on a phone. */
    public Grid.Column<T> add(Grid.Column<T> column) {
        columns.add(column);
        column.setVisible(!narrow);
        return column;
    }

    public boolean narrow() {
        return narrow;
    }

    public void narrow(boolean narrow) {
        if (narrow == this.narrow) {
            return;
        }
        this.narrow = narrow;
        columns.forEach(c -> c.setVisible(!narrow));
        if (main != null) {
            main.setFlexGrow(narrow ? 1 : mainGrow);
        }
        // A grid that always wraps keeps wrapping; one that wraps for the phone only stops again.
        if (narrow && !grid.getThemeNames().contains(WRAP)) {
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            wrapAdded = true;
        } else if (!narrow && wrapAdded) {
            grid.removeThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            wrapAdded = false;
        }
    }

    /** The second line of a main cell: the secondary texts that are there (shown on a phone only). */
    public String line(String... texts) {
        return Arrays.stream(texts).filter(Objects::nonNull).filter(t -> !t.isBlank())
                .collect(Collectors.joining(" · "));
    }

    /** The second line for a main cell drawn by a component renderer. */
    public Div secondLine(String... texts) {
        Div line = new Div(line(texts));
        line.addClassName("list-secondary");
        return line;
    }
}
