package cn.silian.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One seat a person holds: a level, a term (届) and the constituency or delegation. */
@Entity
@Table(name = "seat")
class Seat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deputy_id")
    private Deputy deputy;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Level level;
    @Column(nullable = false)
    private int term;
    @Column(nullable = false, length = 100)
    private String constituency;

    protected Seat() {
    }

    Seat(Deputy deputy, Level level, int term, String constituency) {
        this.deputy = deputy;
        this.level = level;
        this.term = term;
        this.constituency = constituency;
    }

    void change(int term, String constituency) {
        this.term = term;
        this.constituency = constituency;
    }

    Level level() {
        return level;
    }

    SeatInfo toInfo() {
        return new SeatInfo(level, term, constituency);
    }
}
