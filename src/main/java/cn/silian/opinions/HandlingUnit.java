package cn.silian.opinions;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** A handling unit (承办单位): reference data the office keeps. */
@Entity
@Table(name = "handling_unit")
class HandlingUnit extends BaseEntity {

    @Column(nullable = false, length = 100)
    private String name;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private UnitKind kind;
    @Column(name = "contact_person", length = 50)
    private String contactPerson;
    @Column(name = "contact_phone", length = 30)
    private String contactPhone;
    @Column(nullable = false)
    private boolean active = true;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected HandlingUnit() {
    }

    HandlingUnit(UnitDraft draft) {
        this.createdAt = Instant.now();
        apply(draft);
    }

    void apply(UnitDraft draft) {
        this.name = draft.name().strip();
        this.kind = draft.kind();
        this.contactPerson = cn.silian.shared.InputRules.clean(draft.contactPerson());
        this.contactPhone = cn.silian.shared.InputRules.clean(draft.contactPhone());
        this.active = draft.active();
        this.updatedAt = Instant.now();
    }

    String name() {
        return name;
    }

    UnitKind kind() {
        return kind;
    }

    String contactPerson() {
        return contactPerson;
    }

    String contactPhone() {
        return contactPhone;
    }

    boolean active() {
        return active;
    }

    String describe() {
        return "name=" + name + ", kind=" + kind + ", contact=" + contactPerson + ", active=" + active;
    }
}
