package cn.silian.campaigns;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

interface CampaignRepository extends JpaRepository<Campaign, Long>, JpaSpecificationExecutor<Campaign> {

    /** Campaigns of the year whose period meets the given one, the campaign being edited excepted. */
    @Query("""
            SELECT c FROM Campaign c WHERE c.year = ?1 AND c.startsOn <= ?3 AND c.endsOn >= ?2
              AND c.id <> ?4""")
    List<Campaign> overlapping(int year, LocalDate startsOn, LocalDate endsOn, long except);

    @Query("SELECT c FROM Campaign c WHERE c.status = cn.silian.campaigns.CampaignStatus.OPEN AND c.startsOn <= ?1 AND c.endsOn >= ?1")
    List<Campaign> openOn(LocalDate day);
}
