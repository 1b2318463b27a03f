package be.ghelamcoalert.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.read.ListAppender;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class KioskLoggingTest {

    @Test
    void logbackFindsTheKioskSetUpAndUsesItForTheRealLoggers() {
        assertThat(ServiceLoader.load(Configurator.class)).anyMatch(KioskLogging.class::isInstance);
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertThat(context.getLogger("org.flywaydb").getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("com.pi4j.boardinfo").getLevel()).isEqualTo(Level.OFF);
    }

    @Test
    void logsToTheConsoleAtInfoWithChattyLibrariesQuieter() {
        var context = configured(Map.of());

        var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(root.getAppender("CONSOLE")).isInstanceOf(ConsoleAppender.class);
        assertThat(root.getAppender("CONSOLE").isStarted()).isTrue();
        assertThat(context.getLogger("org.htmlunit.javascript").getEffectiveLevel())
                .isEqualTo(Level.WARN);
        assertThat(context.getLogger("com.pi4j.boardinfo.util").getEffectiveLevel())
                .isEqualTo(Level.OFF);
        assertThat(context.getLogger("be.ghelamcoalert.app.Kiosk").getEffectiveLevel())
                .isEqualTo(Level.INFO);
    }

    @Test
    void theLevelComesFromTheEnvironment() {
        var context = configured(Map.of(KioskLogging.LEVEL_VARIABLE, " debug "));

        assertThat(context.getLogger("be.ghelamcoalert").getEffectiveLevel()).isEqualTo(Level.DEBUG);
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironment() {
        System.setProperty(KioskLogging.LEVEL_VARIABLE, "WARN");
        try {
            var context = configured(Map.of(KioskLogging.LEVEL_VARIABLE, "DEBUG"));

            assertThat(context.getLogger("be.ghelamcoalert").getEffectiveLevel())
                    .isEqualTo(Level.WARN);
        } finally {
            System.clearProperty(KioskLogging.LEVEL_VARIABLE);
        }
    }

    @Test
    void anUnknownLevelKeepsInfoAndSaysSo() {
        var context = new LoggerContext();
        var seen = new ListAppender<ILoggingEvent>();
        seen.setContext(context);
        seen.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(seen);
        configure(context, Map.of(KioskLogging.LEVEL_VARIABLE, "loud"));

        assertThat(context.getLogger("be.ghelamcoalert").getEffectiveLevel()).isEqualTo(Level.INFO);
        assertThat(seen.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("GHELAMCO_LOG_LEVEL=loud is not a log level");
        });
    }

    @Test
    void stepsAsideForAConfigurationFileTheOperatorNames() {
        System.setProperty("logback.configurationFile", "/etc/ghelamco-alert/logback.xml");
        try {
            var context = new LoggerContext();
            var status = new KioskLogging(name -> null);
            status.setContext(context);

            assertThat(status.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                            .iteratorForAppenders()
                            .hasNext())
                    .isFalse();
        } finally {
            System.clearProperty("logback.configurationFile");
        }
    }

    private static LoggerContext configured(Map<String, String> environment) {
        var context = new LoggerContext();
        configure(context, environment);
        return context;
    }

    private static void configure(LoggerContext context, Map<String, String> environment) {
        var logging = new KioskLogging(environment::get);
        logging.setContext(context);
        assertThat(logging.configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
    }
}
