package cn.silian.documents;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface DocumentRepository extends JpaRepository<Document, Long>, JpaSpecificationExecutor<Document> {

    String IN_SPACE = " d.spaceKind = :kind and (d.spaceId = :spaceId or (:spaceId is null and d.spaceId is null))"
            + " and d.deletedAt is null";

    @Query("select distinct d.folder from Document d where" + IN_SPACE + " and d.folder is not null order by d.folder")
    List<String> foldersIn(SpaceKind kind, Long spaceId);

    @Query("select d from Document d where" + IN_SPACE + " and d.internal = true and d.withdrawnAt is null")
    List<Document> internalIn(SpaceKind kind, Long spaceId);

    @Query("select d from Document d where d.deletedAt is not null")
    Slice<Document> inBin(Pageable pageable);

    @Query("select d from Document d where d.updatedAt >= :since order by d.id")
    List<Document> changedSince(java.time.Instant since, Pageable pageable);

    @Query("select d from Document d where d.deletedAt is not null")
    List<Document> allInBin();

    /** The spaces of a kind that hold documents outside the bin; answered from the space index alone. */
    @Query("select distinct d.spaceId from Document d where d.spaceKind = :kind and d.deletedAt is null")
    List<Long> spacesWithDocuments(SpaceKind kind);
}
