package be.ghelamcoalert.app.remote;

import be.ghelamcoalert.adapter.fleet.Provisioning;
import be.ghelamcoalert.app.ExitCodes;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code remote deprovision --thing T --yes}: revokes and deletes the kiosk's certificates, then its thing. */
@Command(
        name = "deprovision",
        mixinStandardHelpOptions = true,
        description =
                "Takes a kiosk out of the fleet: detaches, revokes (INACTIVE) and deletes its certificates, then deletes its thing.")
final class DeprovisionCommand extends RemoteSubcommand {

    @Option(names = "--thing", required = true, paramLabel = "THING", description = "The kiosk's thing name.")
    String thing;

    @Option(names = "--yes", description = "Yes, revoke: the kiosk can no longer connect.")
    boolean yes;

    @Override
    public Integer call() {
        return RemoteCommand.answering(spec, () -> {
            if (!yes) {
                spec.commandLine()
                        .getErr()
                        .println("This revokes every certificate of " + thing
                                + " and deletes the thing: the kiosk can no longer connect. Add --yes to do so.");
                return ExitCodes.REJECTED;
            }
            try (var aws = remote.open(fleet)) {
                var done = new Provisioning(aws).deprovision(thing);
                var out = spec.commandLine().getOut();
                if (fleet.json) {
                    var json = new ObjectMapper();
                    out.println(json.writeValueAsString(
                            json.createObjectNode().put("thing", thing).set("done", json.valueToTree(done))));
                } else {
                    done.forEach(out::println);
                }
                return ExitCodes.OK;
            }
        });
    }
}
