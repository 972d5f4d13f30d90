package cn.silian.projects.ui;

import cn.silian.projects.BallotDetails;
import cn.silian.projects.BallotResult;
import com.vaadin.flow.component.Component;

import java.math.BigDecimal;

/** How the ballot views write a ballot's settings, its count and a cost. */
final class BallotTexts {

    private BallotTexts() {
    }

    static String cost(Component c, BigDecimal cost) {
        return cost == null ? "" : c.getTranslation("ballot.cost.value", cost.stripTrailingZeros().toPlainString());
    }

    static String settings(Component c, BallotDetails b) {
        return c.getTranslation("ballot.settings.line", c.getTranslation(b.state().messageKey()),
                String.valueOf(b.sessionDate()), b.maxChoices(), b.candidates().size(),
                c.getTranslation(b.secret() ? "ballot.secret.yes" : "ballot.secret.no"),
                c.getTranslation(b.threshold().messageKey()), c.getTranslation(b.tieRule().messageKey()));
    }

    static String figures(Component c, BallotResult r) {
        return c.getTranslation("ballot.result.figures", r.eligible(), r.cast(), r.electronic(), r.paper(), r.invalid(),
                r.valid(), String.valueOf(r.turnoutPercent())) + " "
                + c.getTranslation("ballot.result.adopted-count", r.adopted());
    }
}
