package be.ghelamcoalert.packaging;

import static org.awaitility.Awaitility.await;

import com.sun.jdi.Bootstrap;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.connect.AttachingConnector;
import com.sun.jdi.connect.IllegalConnectorArgumentsException;
import com.sun.jdi.event.BreakpointEvent;
import com.sun.jdi.event.ClassPrepareEvent;
import com.sun.jdi.event.VMDisconnectEvent;
import com.sun.jdi.request.EventRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Holds a kiosk JVM at the entry of one method, deterministically: the JVM starts under the JDK's
 * debugger agent, waiting for this debugger before it runs anything; a breakpoint at the method's
 * first line stops every thread there. The test then cuts the power (SIGKILL) at exactly that step.
 * Nothing of this is in the kiosk's code: it is the JVM's own debugging interface.
 */
final class PausedAtStep {
    /** The agent's options for the JVM to pause: it listens on a free port and waits before {@code main}. */
    static final String JAVA_OPTIONS = "-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,address=127.0.0.1:0";

    private static final Pattern LISTENING = Pattern.compile("Listening for transport dt_socket at address: (\\d+)");

    private final VirtualMachine vm;
    private final CountDownLatch reached = new CountDownLatch(1);

    private PausedAtStep(VirtualMachine vm) {
        this.vm = vm;
    }

    /** Attaches to {@code start}'s JVM (started with {@link #JAVA_OPTIONS}) and sets the breakpoint; the JVM then runs. */
    static PausedAtStep attach(SystemdStandIn.Start start, String className, String method, Duration timeout)
            throws IOException, IllegalConnectorArgumentsException {
        var port = await("the debugger agent of start " + start.number())
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> LISTENING.matcher(start.log()), java.util.regex.Matcher::find)
                .group(1);
        AttachingConnector socket = Bootstrap.virtualMachineManager().attachingConnectors().stream()
                .filter(c -> c.transport().name().equals("dt_socket"))
                .findFirst()
                .orElseThrow();
        var arguments = socket.defaultArguments();
        arguments.get("hostname").setValue("127.0.0.1");
        arguments.get("port").setValue(port);
        var pause = new PausedAtStep(socket.attach(arguments));
        pause.breakAt(className, method);
        return pause;
    }

    private void breakAt(String className, String method) {
        var requests = vm.eventRequestManager();
        var prepared = requests.createClassPrepareRequest();
        prepared.addClassFilter(className);
        prepared.setSuspendPolicy(EventRequest.SUSPEND_ALL);
        prepared.enable();
        vm.classesByName(className).forEach(type -> breakpoint(type, method));
        Thread.ofPlatform().name("debugger-" + method).daemon().start(() -> {
            try {
                while (true) {
                    var events = vm.eventQueue().remove();
                    boolean hit = false;
                    for (var event : events) {
                        if (event instanceof ClassPrepareEvent prepare) {
                            breakpoint(prepare.referenceType(), method);
                        } else if (event instanceof BreakpointEvent) {
                            hit = true;
                        } else if (event instanceof VMDisconnectEvent) {
                            return;
                        }
                    }
                    if (hit) {
                        reached.countDown(); // every thread stays suspended, until the power cut
                    } else {
                        events.resume();
                    }
                }
            } catch (InterruptedException | com.sun.jdi.VMDisconnectedException e) {
                // the JVM was killed: nothing more to watch
            }
        });
        vm.resume();
    }

    private void breakpoint(ReferenceType type, String method) {
        var methods = type.methodsByName(method);
        if (methods.isEmpty()) {
            throw new IllegalArgumentException(type.name() + " has no method " + method);
        }
        methods.forEach(m -> {
            var request = vm.eventRequestManager().createBreakpointRequest(m.location());
            request.setSuspendPolicy(EventRequest.SUSPEND_ALL);
            request.enable();
        });
    }

    /** Waits until the JVM stands at the method. */
    void awaitReached(Duration timeout) throws InterruptedException {
        if (!reached.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the kiosk did not reach the step within " + timeout);
        }
    }
}
