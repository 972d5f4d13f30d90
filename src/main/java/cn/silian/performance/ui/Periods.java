package cn.silian.performance.ui;

import cn.silian.performance.PublicationRow;
import com.vaadin.flow.component.Component;

/** How a published period reads: "2026, quarter 3" or "2026, the whole year". */
final class Periods {

    private Periods() {
    }

    static String label(Component c, PublicationRow p) {
        return quarter(c, p.year(), p.quarter());
    }

    static String quarter(Component c, int year, int quarter) {
        return quarter == 0 ? c.getTranslation("points.period.year", String.valueOf(year))
                : c.getTranslation("points.period.quarter", String.valueOf(year), quarter);
    }
}
