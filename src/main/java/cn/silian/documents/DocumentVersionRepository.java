package cn.silian.documents;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface DocumentVersionRepository extends JpaRepository<DocumentVersion, Long> {

    List<DocumentVersion> findByDocumentIdOrderByNumberDesc(Long documentId);

    Optional<DocumentVersion> findFirstByDocumentIdOrderByNumberDesc(Long documentId);

    Optional<DocumentVersion> findByDocumentIdAndNumber(Long documentId, int number);

    List<DocumentVersion> findByDocumentIdIn(Collection<Long> documentIds);

    @Query("select coalesce(sum(v.sizeBytes), 0) from DocumentVersion v, Document d where v.documentId = d.id"
            + " and d.spaceKind = :kind and (d.spaceId = :spaceId or (:spaceId is null and d.spaceId is null))")
    long bytesInSpace(SpaceKind kind, Long spaceId);
}
