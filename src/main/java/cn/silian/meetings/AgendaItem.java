package cn.silian.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One agenda item; the meeting's agenda is replaced as a whole when the meeting is saved. */
@Entity
@Table(name = "agenda_item")
class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(length = 50)
    private String presenter;
    private Integer minutes;

    protected AgendaItem() {
    }

    AgendaItem(Long meetingId, int position, AgendaLine line) {
        this.meetingId = meetingId;
        this.position = position;
        this.title = line.title().strip();
        this.presenter = line.presenter() == null || line.presenter().isBlank() ? null : line.presenter().strip();
        this.minutes = line.minutes();
    }

    AgendaLine toLine() {
        return new AgendaLine(title, presenter, minutes);
    }
}
