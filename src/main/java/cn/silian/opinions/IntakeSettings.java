package cn.silian.opinions;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Limits of the public intake form, counted in the database so that they hold on any number of
 * nodes. {@code addressSalt} makes the stored address hashes useless elsewhere: set the same
 * secret on every node (the default is for a single test machine only).
 *
 * @param perAddress     opinions one client address may send within {@code addressWindow}
 * @param perStation     opinions a station's form takes from everyone within {@code stationWindow}
 * @param lookups        receipt look-ups one client address may make within {@code lookupWindow}
 * @param publicUrl      the address the public reaches Silian at, printed under the QR code
 *                       (empty: the address the staff member's browser uses)
 */
@ConfigurationProperties("silian.intake")
public record IntakeSettings(Integer perAddress, Duration addressWindow, Integer perStation, Duration stationWindow,
                             Integer lookups, Duration lookupWindow, String addressSalt, String publicUrl) {
    public IntakeSettings {
        perAddress = perAddress == null ? 5 : perAddress;
        addressWindow = addressWindow == null ? Duration.ofHours(1) : addressWindow;
        perStation = perStation == null ? 100 : perStation;
        stationWindow = stationWindow == null ? Duration.ofHours(1) : stationWindow;
        lookups = lookups == null ? 20 : lookups;
        lookupWindow = lookupWindow == null ? Duration.ofMinutes(10) : lookupWindow;
        addressSalt = addressSalt == null || addressSalt.isBlank() ? "silian-intake" : addressSalt;
        publicUrl = publicUrl == null ? "" : publicUrl.strip();
    }
}
