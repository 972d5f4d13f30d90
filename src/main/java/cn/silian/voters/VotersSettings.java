package cn.silian.voters;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The district's rules for reports to voters: each year at least a fifth of the district
 * deputies report orally, each oral report rated by at least fifty voters' representatives.
 */
@ConfigurationProperties("silian.voters")
public record VotersSettings(Double oralShare, Integer minRaters) {
    public VotersSettings {
        oralShare = oralShare == null ? 0.20 : oralShare;
        minRaters = minRaters == null ? 50 : minRaters;
        if (oralShare < 0 || oralShare > 1 || minRaters < 1) {
            throw new IllegalArgumentException("silian.voters");
        }
    }
}
