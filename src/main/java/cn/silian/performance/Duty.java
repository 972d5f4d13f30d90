package cn.silian.performance;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.util.Locale;

/**
 * One duty of a year's scheme. Its names are data, in both languages, because the office
 * words its own scheme; an automatic duty names the activity that earns it.
 */
@Entity
@Table(name = "duty")
class Duty extends BaseEntity {

    @Column(name = "scheme_id", nullable = false)
    private Long schemeId;
    @Column(nullable = false, length = 40)
    private String code;
    @Enumerated(EnumType.STRING)
    @Column(name = "duty_group", nullable = false, length = 12)
    private DutyGroup group;
    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;
    @Column(name = "name_en", nullable = false, length = 150)
    private String nameEn;
    @Column(nullable = false)
    private int points;
    @Column(name = "yearly_cap")
    private Integer yearlyCap;
    @Enumerated(EnumType.STRING)
    @Column(name = "activity_kind", length = 40)
    private ActivityKind activityKind;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Duty() {
    }

    Duty(Long schemeId, String code, DutyGroup group, String nameZh, String nameEn, int points, Integer yearlyCap,
         ActivityKind activityKind, int sortOrder) {
        this.schemeId = schemeId;
        this.code = code;
        this.group = group;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.points = points;
        this.yearlyCap = yearlyCap;
        this.activityKind = activityKind;
        this.sortOrder = sortOrder;
    }

    Long schemeId() { return schemeId; }
    String code() { return code; }
    DutyGroup group() { return group; }
    String nameZh() { return nameZh; }
    String nameEn() { return nameEn; }
    int points() { return points; }
    Integer yearlyCap() { return yearlyCap; }
    ActivityKind activityKind() { return activityKind; }
    int sortOrder() { return sortOrder; }

    boolean automatic() {
        return activityKind != null;
    }

    String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    void change(DutyGroup group, String nameZh, String nameEn, int points, Integer yearlyCap, ActivityKind activityKind,
                int sortOrder) {
        this.group = group;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.points = points;
        this.yearlyCap = yearlyCap;
        this.activityKind = activityKind;
        this.sortOrder = sortOrder;
    }

    /** What a deputy's yearly sum for this duty counts after the cap. */
    int capped(int sum) {
        if (yearlyCap == null) {
            return sum;
        }
        return Math.max(-yearlyCap, Math.min(yearlyCap, sum));
    }
}
