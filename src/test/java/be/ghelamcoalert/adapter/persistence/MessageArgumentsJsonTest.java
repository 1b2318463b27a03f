package be.ghelamcoalert.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.EventStart;
import be.ghelamcoalert.core.model.Language;
import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.ReleaseVersion;
import be.ghelamcoalert.core.model.command.MessageArgument;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageArgumentsJsonTest {
    private static final List<MessageArgument> ONE_OF_EACH = List.of(
            new MessageArgument.Text("KAA Gent - KV Mechelen"),
            new MessageArgument.Count(3),
            new MessageArgument.Day(LocalDate.of(2026, 11, 28)),
            new MessageArgument.TimeOfDay(LocalTime.of(17, 19)),
            new MessageArgument.DayAndTime(LocalDateTime.of(2026, 11, 28, 17, 55)),
            new MessageArgument.Kickoff(EventStart.at(LocalDate.of(2026, 11, 28), LocalTime.of(20, 45))),
            new MessageArgument.Kickoff(EventStart.timeToBeConfirmed(LocalDate.of(2026, 11, 29))),
            new MessageArgument.KindOfAlert(AlertKind.WARNING),
            new MessageArgument.LanguageName(Language.EN),
            new MessageArgument.Release(ReleaseVersion.of("1.5.0-rc1")),
            new MessageArgument.Parts(List.of(Part.SCREEN, Part.CLOUD)));

    @Test
    void everyTypeOfArgumentReadsBackEqualAndNamesItsType() {
        var json = MessageArgumentsJson.write(ONE_OF_EACH, 1000);

        assertThat(MessageArgumentsJson.read(json)).isEqualTo(ONE_OF_EACH);
        assertThat(json)
                .startsWith(
                        "[{\"type\":\"text\",\"value\":\"KAA Gent - KV Mechelen\"},{\"type\":\"count\",\"value\":3},")
                .contains("{\"type\":\"kickoff\",\"value\":{\"date\":\"2026-11-29\",\"time\":null}}")
                .contains("{\"type\":\"time\",\"value\":\"17:19:00\"}")
                .contains("{\"type\":\"release\",\"value\":{\"text\":\"1.5.0-rc1\"}}")
                .contains("{\"type\":\"parts\",\"value\":[\"SCREEN\",\"CLOUD\"]}");
    }

    @Test
    void everyKindOfArgumentTheCoreHasIsCovered() {
        assertThat(ONE_OF_EACH.stream().map(Object::getClass).distinct())
                .containsExactlyInAnyOrder(MessageArgument.class.getPermittedSubclasses());
    }

    @Test
    void aLongTextIsCut() {
        var json = MessageArgumentsJson.write(List.of(new MessageArgument.Text("x".repeat(50))), 10);

        assertThat(MessageArgumentsJson.read(json)).containsExactly(new MessageArgument.Text("x".repeat(10)));
    }

    @Test
    void whatItDidNotWriteIsRefusedWithAReason() {
        Stream.of(
                        "[{\"moonPhase\": \"full\"}]",
                        "[{\"type\":\"weather\",\"value\":\"rain\"}]",
                        "{\"type\":\"text\"}",
                        "[{\"type\":\"count\",\"value\":1.5}]",
                        "[{\"type\":\"text\",\"value\":null}]",
                        "[null]",
                        "not json",
                        "null")
                .forEach(json -> assertThatThrownBy(() -> MessageArgumentsJson.read(json))
                        .as(json)
                        .isInstanceOf(IllegalArgumentException.class));
    }
}
