package be.ghelamcoalert.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

@IntegrationTest
class ProcessSampleTest {
    /** The start and end of JDK 25's answer for the kiosk (SerialGC), after 29 minutes of soak. */
    private static final String HISTOGRAM = """
            7828:
             num     #instances         #bytes  class name (module)
            -------------------------------------------------------
               1:         95373       14669792  [B (java.base@25.0.3)
               2:         15775       13344400  [I (java.base@25.0.3)
             812:             1             16  be.ghelamcoalert.app.Main$$Lambda/0x000000009c000a00
            Total        915169       63422256
            """;

    @Test
    void theLiveHeapIsTheHistogramsTotal() {
        assertThat(ProcessSample.liveHeapKb(HISTOGRAM)).isEqualTo(63422256 / 1024);
    }

    @Test
    void eachClassKeepsItsOwnBytesWithoutTheModule() {
        assertThat(ProcessSample.liveBytesByClass(HISTOGRAM))
                .containsEntry("[B", 14669792L)
                .containsEntry("[I", 13344400L)
                .containsEntry("be.ghelamcoalert.app.Main$$Lambda/0x000000009c000a00", 16L)
                .hasSize(3);
    }

    @Test
    void anAnswerWithoutATotalIsAnError() {
        assertThatThrownBy(() -> ProcessSample.liveHeapKb("7828:\nCommand not found\n"))
                .hasMessageContaining("no Total line");
    }
}
