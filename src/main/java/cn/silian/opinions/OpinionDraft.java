package cn.silian.opinions;

import cn.silian.stations.ReceptionCategory;

/**
 * A public opinion as a form enters it. {@code heardBy} is the deputy who heard it (a deputy
 * recording one heard it himself); the contact is the person's, optional, shown masked.
 */
public record OpinionDraft(String content, ReceptionCategory category, Long streetId, String community, Long heardBy,
                           String contactName, String contactPhone) {
}
