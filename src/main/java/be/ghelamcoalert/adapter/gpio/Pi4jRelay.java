package be.ghelamcoalert.adapter.gpio;

import be.ghelamcoalert.core.port.Relay;
import be.ghelamcoalert.core.port.RelayException;
import com.pi4j.Pi4J;
import com.pi4j.boardinfo.util.BoardInfoHelper;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.DigitalStateChangeListener;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alarm relay on a Pi4J digital output: the gpiod provider on a Raspberry Pi (Pi 4 and Pi 5,
 * no root needed with the {@code gpio} group), Pi4J's mock platform elsewhere. It owns its Pi4J
 * context: created once here, shut down in {@link #close()}.
 *
 * <p>The pin is requested straight at the "off" level of the board's polarity and Pi4J is told to
 * leave it there on shutdown, so an active-low board never clicks on at boot or at exit.
 */
public final class Pi4jRelay implements Relay {
    private static final Logger LOG = LoggerFactory.getLogger(Pi4jRelay.class);
    private static final String PIN_ID = "alarm-relay";

    private final Context pi4j;
    private final DigitalOutput output;
    private final RelayPin pin;
    private final String description;
    private volatile boolean closed;

    private Pi4jRelay(Context pi4j, DigitalOutput output, RelayPin pin, String description) {
        this.pi4j = pi4j;
        this.output = output;
        this.pin = pin;
        this.description = description;
    }

    /** Whether this machine is a Raspberry Pi that Pi4J recognises. */
    public static boolean onRaspberryPi() {
        try {
            return BoardInfoHelper.runningOnRaspberryPi();
        } catch (RuntimeException e) {
            LOG.warn("Cannot tell whether this is a Raspberry Pi ({}); assuming it is not", e.getMessage());
            return false;
        }
    }

    /** The real relay through the kernel's GPIO character device (gpiod). */
    public static Pi4jRelay onBoard(RelayPin pin) {
        var builder = Pi4J.newContextBuilder().noAutoDetect().add(GpioDDigitalOutputProvider.newInstance());
        pin.chip().ifPresent(builder::setGpioChipName);
        return open(() -> builder.build(), pin, pin + " via gpiod");
    }

    /** A simulated relay on Pi4J's mock platform: for a laptop, CI and the demo. */
    public static Pi4jRelay simulated(RelayPin pin) {
        return open(
                () -> Pi4J.newContextBuilder()
                        .noAutoDetect()
                        .add(new MockPlatform())
                        .add(MockDigitalOutputProvider.newInstance())
                        .build(),
                pin,
                pin + " simulated (Pi4J mock)");
    }

    private static Pi4jRelay open(java.util.function.Supplier<Context> newContext, RelayPin pin, String description) {
        Context context;
        try {
            context = newContext.get();
        } catch (RuntimeException | LinkageError e) {
            throw new RelayException("cannot start Pi4J for the relay: " + e.getMessage(), e);
        }
        try {
            var off = levelFor(false, pin.activeLow());
            var config = DigitalOutput.newConfigBuilder(context)
                    .id(PIN_ID)
                    .name("Alarm light relay")
                    .address(pin.bcm())
                    .initial(off)
                    .shutdown(off)
                    .build();
            var output = context.create(config);
            LOG.info("Relay ready: {}, pin {} (off)", description, output.state());
            return new Pi4jRelay(context, output, pin, description);
        } catch (RuntimeException e) {
            shutdownQuietly(context);
            throw new RelayException("cannot open " + pin + ": " + e.getMessage(), e);
        }
    }

    static DigitalState levelFor(boolean energized, boolean activeLow) {
        return energized != activeLow ? DigitalState.HIGH : DigitalState.LOW;
    }

    @Override
    public void set(boolean energized) {
        if (closed) {
            throw new RelayException("the relay on " + pin + " is closed");
        }
        try {
            output.state(levelFor(energized, pin.activeLow()));
        } catch (RuntimeException e) {
            throw new RelayException("cannot switch " + pin + (energized ? " on" : " off") + ": " + e.getMessage(), e);
        }
    }

    /** The level on the pin right now (HIGH, LOW or UNKNOWN). */
    public DigitalState pinLevel() {
        return output.state();
    }

    /** The level the pin was configured to start at. */
    public DigitalState initialLevel() {
        return output.config().initialState();
    }

    /** Tells {@code listener} about every level change of the pin (for a lamp on screen, or tests). */
    public void onLevelChange(DigitalStateChangeListener listener) {
        output.addListener(listener);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            output.state(levelFor(false, pin.activeLow()));
        } catch (RuntimeException e) {
            LOG.warn("Could not release the relay on {} before shutting down: {}", pin, e.getMessage());
        }
        closed = true;
        shutdownQuietly(pi4j);
        LOG.info("Relay released and Pi4J shut down ({})", description);
    }

    private static void shutdownQuietly(Context context) {
        try {
            context.shutdown();
        } catch (RuntimeException e) {
            LOG.warn("Pi4J did not shut down cleanly: {}", e.getMessage());
        }
    }
}
