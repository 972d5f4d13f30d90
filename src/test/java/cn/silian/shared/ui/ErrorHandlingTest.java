package cn.silian.shared.ui;

import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorHandlingTest {

    @Test
    void aClientThatClosedTheConnectionIsNotAnError() {
        Throwable written = new UncheckedIOException(new ClientAbortException(new IOException("Broken pipe")));
        assertThat(ErrorHandling.clientWentAway(written)).isTrue();
    }

    @Test
    void otherFailuresAreStillErrors() {
        assertThat(ErrorHandling.clientWentAway(new IllegalStateException("a bug", new IOException("disk full")))).isFalse();
    }
}
