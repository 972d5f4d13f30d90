package cn.silian.opinions.ui;

import cn.silian.shared.ui.QrCodes;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;


/** The public intake's addresses, the QR code that opens one, and the caller's client address. */
final class IntakeAddress {

    static final String FORM = "intake/";
    static final String STATUS = "intake/status";
    static final int QR_PIXELS = 480;

    private IntakeAddress() {
    }

    /** The short address of a station's form: the configured public address, else the one this request came to. */
    static String formUrl(String publicUrl, long stationId) {
        String base = publicUrl == null || publicUrl.isBlank() ? requestBase() : publicUrl;
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/" + FORM + stationId;
    }

    private static String requestBase() {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            HttpServletRequest http = request.getHttpServletRequest();
            String scheme = http.getScheme();
            int port = http.getServerPort();
            boolean defaultPort = port <= 0 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
            return scheme + "://" + http.getServerName() + (defaultPort ? "" : ":" + port)
                    + (http.getContextPath() == null ? "" : http.getContextPath());
        }
        return "";
    }

    /**
     * The address the request came from. Behind a reverse proxy this is the visitor's only if the
     * server trusts the proxy's X-Forwarded-For (server.forward-headers-strategy, see docs/operations.md).
     */
    static String client() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }

    static byte[] qrPng(String text) {
        return QrCodes.png(text, QR_PIXELS);
    }
}
