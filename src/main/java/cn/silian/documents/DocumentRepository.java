package cn.silian.documents;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface DocumentRepository extends JpaRepository<Document, Long> {

    @Query("select d from Document d where d.spaceKind = :kind and (d.spaceId = :spaceId or (:spaceId is null and d.spaceId is null)) and d.deletedAt is null")
    Slice<Document> inSpace(SpaceKind kind, Long spaceId, Pageable pageable);

    @Query("select count(d) from Document d where d.spaceKind = :kind and (d.spaceId = :spaceId or (:spaceId is null and d.spaceId is null)) and d.deletedAt is null")
    long countInSpace(SpaceKind kind, Long spaceId);

    @Query("select d from Document d where d.deletedAt is not null")
    Slice<Document> inBin(Pageable pageable);

    @Query("select d from Document d where d.deletedAt is not null")
    List<Document> allInBin();
}
