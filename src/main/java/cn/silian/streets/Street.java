package cn.silian.streets;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "street")
class Street extends BaseEntity {

    @Column(nullable = false, length = 20)
    private String code;
    @Column(nullable = false, length = 50)
    private String name;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Street() {
    }

    Street(String code, String name, int sortOrder) {
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    void rename(String code, String name) {
        this.code = code;
        this.name = name;
    }

    String describe() {
        return "code=" + code + ", name=" + name;
    }

    StreetSummary toSummary() {
        return new StreetSummary(getId(), code, name);
    }
}
