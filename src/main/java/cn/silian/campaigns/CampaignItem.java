package cn.silian.campaigns;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** An opinion or meeting tagged to a campaign, by hand or on recording. */
@Entity
@Table(name = "campaign_item")
class CampaignItem extends BaseEntity {

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private ItemKind kind;
    @Column(name = "item_id", nullable = false)
    private long itemId;
    @Column(name = "street_id")
    private Long streetId;
    @Column(name = "group_id")
    private Long groupId;
    @Column(nullable = false)
    private boolean automatic;
    @Column(name = "tagged_by", nullable = false, length = 50)
    private String taggedBy;
    @Column(name = "tagged_at", nullable = false)
    private Instant taggedAt;

    protected CampaignItem() {
    }

    CampaignItem(long campaignId, ItemKind kind, long itemId, Long streetId, Long groupId, boolean automatic,
                 String taggedBy, Instant taggedAt) {
        this.campaignId = campaignId;
        this.kind = kind;
        this.itemId = itemId;
        this.streetId = streetId;
        this.groupId = groupId;
        this.automatic = automatic;
        this.taggedBy = taggedBy;
        this.taggedAt = taggedAt;
    }

    long campaignId() { return campaignId; }
    Long streetId() { return streetId; }
}
