package be.ghelamcoalert.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReleaseVersionTest {

    @ParameterizedTest
    @CsvSource({
        "1.4.10, 1.4.9",
        "2.0, 1.99.99",
        "1.5.0, 1.5.0-rc1",
        "1.5.0-rc2, 1.5.0-rc1",
        "1.0.1, 1.0",
        "10.0.0, 9.0.0"
    })
    void ordersByNumbersThenARealReleaseAfterItsCandidates(String newer, String older) {
        assertThat(ReleaseVersion.of(newer).isNewerThan(ReleaseVersion.of(older)))
                .isTrue();
        assertThat(ReleaseVersion.of(older).isNewerThan(ReleaseVersion.of(newer)))
                .isFalse();
    }

    @Test
    void missingNumbersCountAsZero() {
        assertThat(ReleaseVersion.of("1.4").compareTo(ReleaseVersion.of("1.4.0")))
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "v1.2", "1..2", "1.2.3.4.5", "1.2-", "1.2-rc 1", "../1.2", "1.2/3", "-1"})
    void refusesWhatIsNotAVersion(String text) {
        assertThatThrownBy(() -> ReleaseVersion.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a release version");
    }
}
