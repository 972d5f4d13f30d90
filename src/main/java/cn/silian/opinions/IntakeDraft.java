package cn.silian.opinions;

import cn.silian.stations.ReceptionCategory;

/**
 * What a visitor types into the public intake form. {@code website} is the honeypot: hidden from
 * people and screen readers, so anything in it was typed by a robot.
 */
public record IntakeDraft(String concern, ReceptionCategory category, String community, String name, String phone,
                          String website) {
}
