package cn.silian.stations.ui;

import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.Formats;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Toasts;
import cn.silian.stations.DutyService;
import cn.silian.stations.ShiftRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

import java.time.LocalDateTime;

/**
 * Confirms a shift served, or takes the confirmation back: shown only for a shift with a deputy
 * that has begun, the service deciding who may.
 */
final class ServedButton {

    private ServedButton() {
    }

    static Button of(ShiftRow shift, DutyService duty, boolean onTheDayOnly, Runnable refresh) {
        Button button = new Button();
        boolean begun = shift.deputyId() != null && !shift.startsAt().isAfter(LocalDateTime.now(Formats.ZONE));
        LocalDateTime now = LocalDateTime.now(Formats.ZONE);
        // A deputy confirms his own shift on its day only; staff confirm any later too.
        button.setVisible(begun && (!onTheDayOnly || shift.startsAt().toLocalDate().equals(now.toLocalDate())));
        String when = shift.startsAt().toLocalDate().toString();
        button.setText(button.getTranslation(shift.served() ? "duty.served.undo" : "duty.served.mark"));
        button.setAriaLabel(button.getTranslation(shift.served() ? "duty.served.undo.for" : "duty.served.mark.for", when));
        button.addThemeVariants(shift.served() ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_SUCCESS);
        button.addClickListener(e -> {
            try {
                if (shift.served()) {
                    duty.unmarkServed(shift.id(), shift.version());
                    Toasts.success(button.getTranslation("duty.served.undone"));
                } else {
                    duty.markServed(shift.id(), shift.version());
                    Toasts.success(button.getTranslation("duty.served.done"));
                }
            } catch (InvalidInputException ex) {
                Toasts.error(button.getTranslation(ex.problems().getFirst().messageKey()));
            } catch (ConcurrentEditException ex) {
                Toasts.error(button.getTranslation("error.concurrent-edit"));
            }
            refresh.run();
        });
        return button;
    }
}
