package cn.silian.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The built-in texts of Vaadin's components (calendar pop-ups, the upload's drop zone), which
 * are English by default, in the user's language: month and day names from the JDK, the rest
 * from our bundles.
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    public static void localize(DatePicker picker) {
        picker.setI18n(datePicker(picker));
    }

    public static void localize(DateTimePicker picker) {
        picker.setDatePickerI18n(datePicker(picker));
    }

    private static DatePicker.DatePickerI18n datePicker(Component c) {
        Locale locale = com.vaadin.flow.component.UI.getCurrent() == null ? Locale.SIMPLIFIED_CHINESE
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
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
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(upload.getTranslation("upload.error.server"))
                        .setUnexpectedServerError(upload.getTranslation("upload.error.server"))
                        .setForbidden(upload.getTranslation("error.access-denied"))
                        .setFileTooLarge(upload.getTranslation("upload.error.too-big"))));
        upload.setI18n(i18n);
    }
}
