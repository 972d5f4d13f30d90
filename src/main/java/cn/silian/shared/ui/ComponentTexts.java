package cn.silian.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;

import jakarta.servlet.ServletResponse;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The built-in texts of Vaadin's components (calendar pop-ups, the upload's drop zone, what screen
 * readers announce, the connection indicator), which are English by default, in the user's
 * language: month and day names from the JDK, the rest from our bundles.
 */
public final class ComponentTexts {

    /** The texts that no Java API of Vaadin 25.2 reaches; see the script for which. */
    private static final String SCRIPT = script("component-texts.js");

    private ComponentTexts() {
    }

    /**
     * Once for every UI, when its language is known: the connection indicator's texts, and the
     * defaults of every grid sorter, password field, multi-select picker, menu bar and side
     * navigation that the page will show, dialogs included.
     */
    public static void localize(UI ui) {
        ReconnectDialogConfiguration connection = ui.getReconnectDialogConfiguration();
        connection.setDialogText(ui.getTranslation("connection.reconnecting"));
        connection.setDialogTextGaveUp(ui.getTranslation("connection.lost"));
        ui.getPage().executeJs(SCRIPT, clientTexts(ui));
    }

    /** The texts handed to component-texts.js, in the UI's language. */
    static ObjectNode clientTexts(Component c) {
        ObjectNode texts = JsonNodeFactory.instance.objectNode();
        texts.putObject("multiSelect")
                .put("cleared", c.getTranslation("component.multi-select.cleared"))
                .put("focused", c.getTranslation("component.multi-select.focused"))
                .put("selected", c.getTranslation("component.multi-select.selected"))
                .put("deselected", c.getTranslation("component.multi-select.deselected"))
                .put("total", c.getTranslation("component.multi-select.total"));
        texts.putObject("menuBar").put("moreOptions", c.getTranslation("component.menu-bar.more"));
        texts.putObject("sideNav").put("toggle", c.getTranslation("component.side-nav.toggle"));
        texts.putObject("appLayout").put("drawer", c.getTranslation("component.app-layout.drawer"));
        texts.put("reveal", c.getTranslation("component.password.reveal"));
        texts.put("sorter", c.getTranslation("component.grid.sort-by"));
        texts.put("online", c.getTranslation("connection.online"));
        return texts;
    }

    private static String script(String name) {
        try (InputStream in = ComponentTexts.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void localize(DatePicker picker) {
        picker.setI18n(datePicker(picker));
    }

    public static void localize(DateTimePicker picker) {
        picker.setDatePickerI18n(datePicker(picker));
    }

    private static DatePicker.DatePickerI18n datePicker(Component c) {
        Locale locale = UI.getCurrent() == null ? Locale.SIMPLIFIED_CHINESE : UI.getCurrent().getLocale();
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(1)
                .setDateFormat("yyyy-MM-dd")
                .setToday(c.getTranslation("picker.today"))
                .setCancel(c.getTranslation("common.cancel"))
                .setBadInputErrorMessage(c.getTranslation("picker.bad-date"));
    }

    public static void localize(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.drop.one"))
                .setMany(upload.getTranslation("upload.drop.many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("upload.add.one"))
                .setMany(upload.getTranslation("upload.add.many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(upload.getTranslation("upload.error.too-many"))
                .setFileIsTooBig(upload.getTranslation("upload.error.too-big"))
                .setIncorrectFileType(upload.getTranslation("upload.error.type")));
        i18n.setFile(new UploadI18N.File().setRetry(upload.getTranslation("upload.retry"))
                .setStart(upload.getTranslation("upload.start")).setRemove(upload.getTranslation("upload.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(upload.getTranslation("upload.connecting"))
                        .setStalled(upload.getTranslation("upload.stalled")).setProcessing(upload.getTranslation("upload.processing"))
                        .setHeld(upload.getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(upload.getTranslation("upload.remaining"))
                        .setUnknown(upload.getTranslation("upload.remaining.unknown")))
                // The server answers every refusal (type, size, space full) with 422, which the
                // component calls "forbidden"; component-texts.js puts the server's reason in the
                // file's row, and this text stands in only where that reason is missing.
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(upload.getTranslation("upload.error.server"))
                        .setUnexpectedServerError(upload.getTranslation("upload.error.server"))
                        .setForbidden(upload.getTranslation("upload.error.refused"))
                        .setFileTooLarge(upload.getTranslation("upload.error.too-big"))));
        upload.setI18n(i18n);
    }

    /**
     * Refuses an uploaded file with a reason that its row in the upload list shows (put there by
     * component-texts.js). Vaadin writes the reason without a character set, which would turn
     * Chinese into question marks.
     */
    public static void refuse(UploadEvent event, String reason) {
        if (event.getResponse() instanceof ServletResponse response) {
            response.setCharacterEncoding(StandardCharsets.UTF_8);
        }
        event.reject(reason);
    }
}
