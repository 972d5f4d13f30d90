package cn.silian.audit;

import cn.silian.shared.Message;
import cn.silian.shared.MessageArg;
import org.junit.jupiter.api.Test;

import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryArgsTest {

    @Test
    void literalsAndTranslatableArgumentsComeBackAsTheyWere() {
        Message summary = Message.of("audit.topic.status", "“电梯”, {0} \"x\"", Message.of("topic.status.OPEN"), 42);
        assertThat(SummaryArgs.decode(SummaryArgs.encode(summary.args()))).isEqualTo(summary.args());
    }

    @Test
    void longArgumentsAreCutSoThatTheLineStillFits() {
        String title = String.join("", Collections.nCopies(5000, "\""));
        String json = SummaryArgs.encode(Message.of("audit.topic.created", Collections.nCopies(12, title).toArray()).args());
        assertThat(json.length()).isLessThanOrEqualTo(SummaryArgs.MAX_LENGTH);
        assertThat(SummaryArgs.decode(json)).hasSize(12).allSatisfy(a -> assertThat(a)
                .isInstanceOfSatisfying(MessageArg.Literal.class, l -> assertThat(l.text()).endsWith("…")));
    }
}
