package cn.silian.topics;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface TopicReviewRepository extends JpaRepository<TopicReview, Long> {
    List<TopicReview> findByTopicIdOrderByReviewedAtAscIdAsc(Long topicId);
}
