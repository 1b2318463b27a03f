package be.ghelamcoalert.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;
import java.util.function.Function;

/**
 * The kiosk's logging, set up in code rather than from a logback.xml: reading the XML costs the
 * start of the kiosk about a quarter of a second on a plain JVM (an XML parser and logback's
 * configuration model), before the first line is logged. Logback finds this class through
 * {@code META-INF/services}.
 * <ul>
 *   <li>One console appender: on the Pi, systemd's journal collects standard output.</li>
 *   <li>The root level is {@code GHELAMCO_LOG_LEVEL} (a system property or an environment
 *       variable; default INFO); an unknown value keeps INFO and says so.</li>
 *   <li>Chatty libraries log warnings only; Pi4J's board detection, which reports every file it
 *       cannot read off a Pi, not at all (our wiring says what it chose).</li>
 *   <li>An operator who wants another set-up passes {@code -Dlogback.configurationFile=...}: then
 *       logback reads that file as usual and this class steps aside.</li>
 * </ul>
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class KioskLogging extends ContextAwareBase implements Configurator {
    /** The system property or environment variable that sets the root level. */
    public static final String LEVEL_VARIABLE = "GHELAMCO_LOG_LEVEL";

    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{20} - %msg%n";
    static final Map<String, Level> LIBRARY_LEVELS = Map.of(
            "org.flywaydb", Level.WARN,
            "org.htmlunit", Level.WARN,
            "com.gluonhq", Level.WARN,
            "net.fortuna.ical4j", Level.WARN,
            "com.pi4j.boardinfo", Level.OFF);

    private final Function<String, String> environment;

    public KioskLogging() {
        this(System::getenv);
    }

    KioskLogging(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        var encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        var console = new ConsoleAppender<ILoggingEvent>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setEncoder(encoder);
        console.start();

        var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(console);
        String asked = System.getProperty(LEVEL_VARIABLE, environment.apply(LEVEL_VARIABLE));
        var level = asked == null || asked.isBlank() ? Level.INFO : Level.toLevel(asked.strip(), null);
        root.setLevel(level == null ? Level.INFO : level);
        LIBRARY_LEVELS.forEach((name, libraryLevel) -> context.getLogger(name).setLevel(libraryLevel));
        if (level == null) {
            context.getLogger(KioskLogging.class)
                    .warn(
                            "{}={} is not a log level (TRACE, DEBUG, INFO, WARN, ERROR, OFF): INFO is used",
                            LEVEL_VARIABLE,
                            asked);
        }
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
