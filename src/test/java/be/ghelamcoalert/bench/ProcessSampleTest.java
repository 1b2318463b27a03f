package be.ghelamcoalert.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcessSampleTest {

    @Test
    void theHeapInUseIsTheSumOfTheGenerationsWithoutMetaspace() {
        // JDK 25's answer for the kiosk's SerialGC, with the Metaspace lines older JDKs add.
        var heapInfo = """
                7828:
                DefNew     total 36224K, used 19578K [0x00000000f8000000, 0x00000000fa740000, 0x00000000faaa0000)
                 eden space 32256K,  55% used [0x00000000f8000000, 0x00000000f9159eb8, 0x00000000f9f80000)
                 from space 3968K,  45% used [0x00000000fa360000, 0x00000000fa524c00, 0x00000000fa740000)
                 to   space 3968K,   0% used [0x00000000f9f80000, 0x00000000f9f80000, 0x00000000fa360000)
                Tenured    total 80292K, used 51422K [0x00000000faaa0000, 0x00000000ff909000, 0x0000000100000000)
                 the  space 80292K,  64% used [0x00000000faaa0000, 0x00000000fdcd78e8, 0x00000000ff909000)
                 Metaspace       used 60123K, committed 61000K, reserved 1114112K
                  class space    used 7001K, committed 7500K, reserved 1048576K
                """;

        assertThat(ProcessSample.heapUsedKb(heapInfo)).isEqualTo(19578 + 51422);
    }

    @Test
    void anAnswerWithoutHeapFiguresIsAnError() {
        assertThatThrownBy(() -> ProcessSample.heapUsedKb("7828:\nCommand not found\n")).hasMessageContaining("no heap figures");
    }
}
