package cn.silian.campaigns;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface CampaignItemRepository extends JpaRepository<CampaignItem, Long> {

    Optional<CampaignItem> findByCampaignIdAndKindAndItemId(long campaignId, ItemKind kind, long itemId);

    boolean existsByCampaignIdAndKindAndItemId(long campaignId, ItemKind kind, long itemId);
}
