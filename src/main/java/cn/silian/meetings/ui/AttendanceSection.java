package cn.silian.meetings.ui;

import cn.silian.shared.ui.QrCodes;
import cn.silian.meetings.AttendanceFigures;
import cn.silian.meetings.AttendanceSheets;
import cn.silian.meetings.InvitationRow;
import cn.silian.meetings.InvitationService;
import cn.silian.meetings.MeetingDetails;
import cn.silian.people.Level;
import cn.silian.shared.Formats;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.InputRules;
import cn.silian.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.env.Environment;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * On the day, for the organiser and the office: the check-in code and its QR code for the room,
 * the sign-in list with search, check-in and absence per person, the figures per level, and the
 * attendance and sign-in sheets to download. Checking people in keeps the page (and the search)
 * as it is; only the list and the figures are read again.
 */
class AttendanceSection extends VerticalLayout {

    static final String CHECK_IN_PATH = "meetings/check-in";
    static final int QR_PIXELS = 320;

    /** One line of the figures table: a level's name (or the total) and its counts. */
    record FigureLine(String label, AttendanceFigures.Row row, boolean total) {
    }

    final TextField search = new TextField();
    final Grid<InvitationRow> people = new Grid<>();
    final Grid<FigureLine> figures = new Grid<>();
    final Span code = new Span();
    final Image qr;
    final Anchor attendanceExcel = new Anchor();
    final Anchor attendancePdf = new Anchor();
    final Anchor signInExcel = new Anchor();
    final Anchor signInPdf = new Anchor();

    private final transient InvitationService invitations;
    private final MeetingDetails details;
    private final Runnable reload;
    private final long meetingId;
    private List<InvitationRow> all = List.of();

    AttendanceSection(InvitationService invitations, MeetingDetails details, Runnable reload) {
        this.invitations = invitations;
        this.details = details;
        this.reload = reload;
        this.meetingId = details.summary().id();
        addClassName("attendance-section");
        setPadding(false);

        String url = checkInUrl(details.checkInCode());
        byte[] png = details.checkInCode() == null ? new byte[0] : qrPng(url);
        qr = new Image(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(png),
                "check-in-" + meetingId + ".png", "image/png", png.length)), getTranslation("meeting.check-in.qr.alt", nz(details.checkInCode())));
        qr.addClassName("check-in-qr");
        qr.setWidth("12em");
        qr.setHeight("12em");
        code.setText(nz(details.checkInCode()));
        code.addClassName("check-in-code");
        code.getStyle().set("font-size", "var(--lumo-font-size-xxxl)").set("font-weight", "bold").set("letter-spacing", "0.2em");
        Div codeBox = new Div(new Paragraph(getTranslation("meeting.check-in.code.explain")), code,
                new Paragraph(new Anchor(url, url)));
        FlexLayout codeLayout = new FlexLayout(codeBox, qr);
        codeLayout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        codeLayout.setAlignItems(FlexComponent.Alignment.CENTER);
        codeLayout.getStyle().set("gap", "var(--lumo-space-l)");

        figures.setAriaLabel(getTranslation("meeting.figures.section"));
        figures.addThemeVariants(GridVariant.LUMO_COMPACT);
        figures.setAllRowsVisible(true);
        figures.addColumn(FigureLine::label).setHeader(getTranslation("meeting.sheet.level")).setAutoWidth(true);
        figures.addColumn(f -> f.row().invited()).setHeader(getTranslation("meeting.figures.invited")).setTextAlign(ColumnTextAlign.END);
        figures.addColumn(f -> f.row().present()).setHeader(getTranslation("meeting.figures.present")).setTextAlign(ColumnTextAlign.END);
        figures.addColumn(f -> f.row().late()).setHeader(getTranslation("meeting.figures.late")).setTextAlign(ColumnTextAlign.END);
        figures.addColumn(f -> f.row().absent()).setHeader(getTranslation("meeting.figures.absent")).setTextAlign(ColumnTextAlign.END);
        figures.addColumn(f -> f.row().unknown()).setHeader(getTranslation("meeting.figures.unknown")).setTextAlign(ColumnTextAlign.END);
        figures.setPartNameGenerator(f -> f.total() ? "total" : null);

        search.setLabel(getTranslation("meeting.sign-in.search"));
        search.setClearButtonVisible(true);
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> filter());

        people.setAriaLabel(getTranslation("meeting.sign-in.list"));
        people.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        people.addColumn(InvitationRow::name).setHeader(getTranslation("meeting.sheet.name")).setAutoWidth(true)
                .setComparator(InvitationRow::name);
        people.addColumn(r -> r.level() == null ? "" : getTranslation(r.level().messageKey()))
                .setHeader(getTranslation("meeting.sheet.level")).setAutoWidth(true);
        people.addColumn(InvitationRow::streetName).setHeader(getTranslation("meeting.sheet.street")).setAutoWidth(true);
        people.addColumn(r -> getTranslation(r.rsvp().messageKey())).setHeader(getTranslation("meeting.sheet.answer")).setAutoWidth(true);
        people.addColumn(this::attendanceText).setHeader(getTranslation("meeting.sheet.attendance")).setFlexGrow(1);
        people.addColumn(r -> Formats.dateTimeShort(r.checkedInAt())).setHeader(getTranslation("meeting.sheet.checked-in-at"))
                .setAutoWidth(true);
        people.addComponentColumn(this::rowActions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        people.setEmptyStateText(getTranslation("meeting.sign-in.empty"));
        people.setHeight("28em");

        Function<String, String> text = this::getTranslation;
        download(attendanceExcel, "meeting.export.attendance.excel", "attendance", ".xlsx", AttendanceSheets.XLSX,
                () -> AttendanceSheets.attendanceExcel(sheet("attendance.xlsx"), text));
        download(attendancePdf, "meeting.export.attendance.pdf", "attendance", ".pdf", AttendanceSheets.PDF,
                () -> AttendanceSheets.attendancePdf(sheet("attendance.pdf"), text));
        download(signInExcel, "meeting.export.sign-in.excel", "sign-in", ".xlsx", AttendanceSheets.XLSX,
                () -> AttendanceSheets.signInExcel(sheet("sign-in.xlsx"), text));
        download(signInPdf, "meeting.export.sign-in.pdf", "sign-in", ".pdf", AttendanceSheets.PDF,
                () -> AttendanceSheets.signInPdf(sheet("sign-in.pdf"), text));
        FlexLayout exports = new FlexLayout(attendanceExcel, attendancePdf, signInExcel, signInPdf);
        exports.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        exports.getStyle().set("gap", "var(--lumo-space-m)");

        add(new H3(getTranslation("meeting.check-in.code")), codeLayout,
                new H3(getTranslation("meeting.figures.section")), figures,
                new H3(getTranslation("meeting.sign-in.list")), search, people,
                new H3(getTranslation("meeting.export.section")), exports);
        refresh();
    }

    private String attendanceText(InvitationRow r) {
        if (r.attendance() == null) {
            return getTranslation("meeting.attendance.none");
        }
        String text = getTranslation(r.attendance().messageKey());
        return r.absenceReason() == null ? text : getTranslation("meeting.attendance.with-reason", text, r.absenceReason());
    }

    private HorizontalLayout rowActions(InvitationRow r) {
        Button in = new Button(getTranslation("meeting.check-in.do"), new Icon(VaadinIcon.CHECK), e -> checkIn(r));
        in.setAriaLabel(getTranslation("meeting.check-in.of", r.name()));
        in.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        Button absent = new Button(getTranslation("meeting.absent.do"), e -> absentDialog(r).open());
        absent.setAriaLabel(getTranslation("meeting.absent.of", r.name()));
        absent.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(in, absent);
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)");
        return actions;
    }

    void checkIn(InvitationRow r) {
        try {
            invitations.checkIn(meetingId, r.deputyId());
            Toasts.success(getTranslation("meeting.check-in.done", r.name()));
            refresh();
        } catch (InvalidInputException e) {
            Toasts.error(e.problems().stream().map(p -> getTranslation(p.messageKey(), p.args())).distinct()
                    .reduce((a, b) -> a + " " + b).orElse(""));
        }
    }

    Dialog absentDialog(InvitationRow r) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("meeting.absent.title", r.name()));
        TextArea reason = new TextArea(getTranslation("meeting.absent.reason"));
        reason.setMaxLength(cn.silian.meetings.MeetingService.REASON_MAX);
        reason.setWidthFull();
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                invitations.markAbsent(meetingId, r.deputyId(), reason.getValue());
                Toasts.success(getTranslation("meeting.absent.done", r.name()));
                dialog.close();
                refresh();
            } catch (InvalidInputException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(ex.problems().stream().map(p -> getTranslation(p.messageKey(), p.args())).distinct()
                        .reduce((a, b) -> a + " " + b).orElse(""));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    /** Reads the list and the figures again, keeping the search. */
    void refresh() {
        all = invitations.invitations(meetingId);
        filter();
        AttendanceFigures counted = invitations.attendance(meetingId);
        List<FigureLine> lines = new ArrayList<>();
        for (Map.Entry<Level, AttendanceFigures.Row> e : counted.byLevel().entrySet()) {
            lines.add(new FigureLine(getTranslation(e.getKey().messageKey()), e.getValue(), false));
        }
        lines.add(new FigureLine(getTranslation("meeting.figures.total"), counted.total(), true));
        figures.setItems(lines);
    }

    /** The list is bounded by the meeting's invitees, so it is filtered in memory. */
    private void filter() {
        String q = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        people.setItems(q.isEmpty() ? all
                : all.stream().filter(r -> r.name() != null && r.name().toLowerCase(Locale.ROOT).contains(q)).toList());
    }

    /** The reload the page offers, for callers that change more than attendance. */
    Runnable reload() {
        return reload;
    }

    private AttendanceSheets.Sheet sheet(String which) {
        return new AttendanceSheets.Sheet(details.summary().title(),
                getTranslation("meeting.export.subtitle", details.summary().startsAt().format(DayTexts.WHEN),
                        details.summary().endsAt().format(DayTexts.TIME), nz(details.summary().place())),
                invitations.invitationsForExport(meetingId, which), invitations.attendance(meetingId));
    }

    private void download(Anchor anchor, String key, String kind, String extension, String type,
                          java.util.function.Supplier<byte[]> content) {
        anchor.setHref(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), kind + "-" + meetingId + extension, type, bytes.length);
        }));
        anchor.setText(getTranslation(key));
        anchor.getElement().setAttribute("download", true);
        anchor.addComponentAsFirst(new Icon(VaadinIcon.DOWNLOAD));
    }

    // ---- the check-in address and its QR code -----------------------------------------------

    /** The address the QR code opens: the configured base address, else the one this request came to. */
    static String checkInUrl(String code) {
        String base = configuredBase();
        if (base == null || base.isBlank()) {
            base = requestBase();
        }
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/" + CHECK_IN_PATH + "?code=" + URLEncoder.encode(nz(code), StandardCharsets.UTF_8);
    }

    private static String configuredBase() {
        try {
            VaadinService service = VaadinService.getCurrent();
            return service == null ? null
                    : InputRules.clean(service.getInstantiator().getOrCreate(Environment.class).getProperty("silian.base-url"));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String requestBase() {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            HttpServletRequest http = request.getHttpServletRequest();
            String scheme = http.getScheme();
            int port = http.getServerPort();
            boolean defaultPort = port <= 0 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
            return scheme + "://" + http.getServerName() + (defaultPort ? "" : ":" + port) + nz(http.getContextPath());
        }
        return "";
    }

    static byte[] qrPng(String text) {
        return QrCodes.png(text, QR_PIXELS);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
