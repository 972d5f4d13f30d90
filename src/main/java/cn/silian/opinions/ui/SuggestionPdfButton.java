package cn.silian.opinions.ui;

import cn.silian.opinions.SuggestionExports;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.util.Locale;

/**
 * A download link for one suggestion as PDF (its facts, text, answers and timeline), for the
 * suggestion page. The PDF is made when the link is followed, with the rights of whoever follows it.
 */
public class SuggestionPdfButton extends Anchor {

    /** @param code the suggestion's number ({@code 2026-015}) once it has one, for the file name */
    public SuggestionPdfButton(SuggestionExports exports, long suggestionId, String code) {
        addClassName("suggestion-pdf");
        Locale locale = getLocale();
        setHref(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = exports.pdf(suggestionId, locale);
            return new DownloadResponse(new ByteArrayInputStream(pdf), SuggestionExports.pdfFileName(suggestionId, code),
                    SuggestionExports.PDF, pdf.length);
        }));
        setText(getTranslation("export.suggestion.pdf"));
        getElement().setAttribute("download", true);
        addComponentAsFirst(new Icon(VaadinIcon.FILE_TEXT_O));
    }
}
