package be.ghelamcoalert.adapter.fleet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.iot.IotClient;
import software.amazon.awssdk.services.iot.model.JobExecutionSummaryForThing;
import software.amazon.awssdk.services.iot.model.ResourceNotFoundException;
import software.amazon.awssdk.services.iot.model.TargetSelection;

/**
 * The operator's view of the fleet over the AWS SDK for Java v2: the things, their connectivity
 * and shadows, and jobs. Shadows are read from the IoT data plane with a SigV4-signed GET (service
 * {@code iotdata}) on the same HTTP client as the control plane.
 */
public final class Fleet implements AutoCloseable {
    private static final String DATA_SIGNING_NAME = "iotdata";

    private final FleetAccess access;
    private final SdkHttpClient http;
    private final IotClient iot;
    private URI dataEndpoint;

    private Fleet(FleetAccess access) {
        this.access = access;
        this.http = UrlConnectionHttpClient.builder().build();
        var builder =
                IotClient.builder().httpClient(http).region(access.region()).credentialsProvider(access.credentials());
        access.endpoint().ifPresent(builder::endpointOverride);
        this.iot = builder.build();
    }

    public static Fleet open(FleetAccess access) {
        return new Fleet(access);
    }

    /** The control plane, for what this class does not wrap (provisioning). */
    IotClient iot() {
        return iot;
    }

    /** Every thing in {@code group}, or every thing in the account and region. */
    public List<String> things(Optional<String> group) {
        return call(
                "list the kiosks",
                () -> group.map(g -> iot.listThingsInThingGroupPaginator(r -> r.thingGroupName(g)).things().stream()
                                .toList())
                        .orElseGet(() -> iot.listThingsPaginator(r -> r.maxResults(250)).things().stream()
                                .map(t -> t.thingName())
                                .toList()));
    }

    /** Connected or not, where fleet indexing (thing connectivity) is on; empty where it is not. */
    public Optional<Connectivity> connectivity(String thing) {
        try {
            var data = iot.getThingConnectivityData(r -> r.thingName(thing));
            return Optional.of(new Connectivity(
                    Boolean.TRUE.equals(data.connected()),
                    Optional.ofNullable(data.timestamp()),
                    Optional.ofNullable(data.disconnectReasonAsString()).orElse("")));
        } catch (SdkException e) {
            return Optional.empty();
        }
    }

    /**
     * The thing's shadow document, the classic one or {@code name}; empty when it has none.
     *
     * @throws FleetException when AWS refuses or cannot be reached
     */
    public Optional<byte[]> shadow(String thing, Optional<String> name) {
        var path = "/things/" + encode(thing) + "/shadow";
        var query = name.map(n -> Map.of("name", List.of(n))).orElse(Map.of());
        var unsigned = SdkHttpRequest.builder()
                .method(SdkHttpMethod.GET)
                .uri(dataEndpoint().resolve(path))
                .rawQueryParameters(query)
                .build();
        var signed = AwsV4HttpSigner.create()
                .sign(r -> r.identity(access.credentials().resolveCredentials())
                        .request(unsigned)
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, DATA_SIGNING_NAME)
                        .putProperty(
                                AwsV4HttpSigner.REGION_NAME, access.region().id()));
        try {
            var response = http.prepareRequest(HttpExecuteRequest.builder()
                            .request(signed.request())
                            .build())
                    .call();
            byte[] body;
            try (var in = response.responseBody().orElse(null)) {
                body = in == null ? new byte[0] : in.readAllBytes();
            }
            var status = response.httpResponse().statusCode();
            if (status == 404) {
                return Optional.empty();
            }
            if (status != 200) {
                throw new FleetException("reading the " + name.orElse("classic") + " shadow of " + thing
                        + " failed: HTTP " + status + " " + new String(body, StandardCharsets.UTF_8));
            }
            return Optional.of(body);
        } catch (IOException e) {
            throw new FleetException("cannot reach the IoT data endpoint " + dataEndpoint() + ": " + e.getMessage(), e);
        }
    }

    /** The ARN of a thing or a thing group, which a job targets. */
    public String arnOf(JobTarget target) {
        return call(
                "find " + target.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + target.name(),
                () -> switch (target.kind()) {
                    case THING ->
                        iot.describeThing(r -> r.thingName(target.name())).thingArn();
                    case GROUP ->
                        iot.describeThingGroup(r -> r.thingGroupName(target.name()))
                                .thingGroupArn();
                });
    }

    /** Creates a job with {@code document} for {@code target}; its ARN. */
    public String createJob(String jobId, JobTarget target, String document, String description) {
        var arn = arnOf(target);
        return call(
                "create job " + jobId,
                () -> iot.createJob(r -> r.jobId(jobId)
                                .targets(arn)
                                .document(document)
                                .description(description)
                                .targetSelection(TargetSelection.SNAPSHOT))
                        .jobArn());
    }

    /** The thing's most recent job executions, newest first, with the kiosk's status details. */
    public List<JobExecution> jobs(String thing, int max) {
        return call("list the jobs of " + thing, () -> {
            var summaries = new ArrayList<JobExecutionSummaryForThing>(
                    iot.listJobExecutionsForThing(r -> r.thingName(thing).maxResults(Math.min(max, 250)))
                            .executionSummaries());
            summaries.sort(Comparator.comparing(
                            (JobExecutionSummaryForThing s) ->
                                    s.jobExecutionSummary().queuedAt(),
                            Comparator.nullsFirst(Comparator.naturalOrder()))
                    .reversed());
            return summaries.stream().limit(max).map(s -> execution(thing, s)).toList();
        });
    }

    private JobExecution execution(String thing, JobExecutionSummaryForThing summary) {
        var execution = iot.describeJobExecution(r -> r.jobId(summary.jobId()).thingName(thing))
                .execution();
        Map<String, String> details =
                execution.statusDetails() == null || execution.statusDetails().detailsMap() == null
                        ? Map.of()
                        : execution.statusDetails().detailsMap();
        return new JobExecution(
                summary.jobId(),
                execution.statusAsString(),
                Optional.ofNullable(execution.queuedAt()),
                Optional.ofNullable(execution.lastUpdatedAt()),
                details);
    }

    private URI dataEndpoint() {
        if (dataEndpoint == null) {
            dataEndpoint = access.endpoint()
                    .orElseGet(() -> URI.create("https://"
                            + call(
                                    "find the IoT data endpoint",
                                    () -> iot.describeEndpoint(r -> r.endpointType("iot:Data-ATS"))
                                            .endpointAddress())));
        }
        return dataEndpoint;
    }

    static <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (ResourceNotFoundException e) {
            throw new FleetException(
                    "cannot " + what + ": not found (" + e.awsErrorDetails().errorMessage() + ")", e);
        } catch (SdkException e) {
            throw new FleetException("cannot " + what + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new FleetException("cannot " + what + ": " + e.getCause().getMessage(), e);
        }
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public void close() {
        iot.close();
        http.close();
    }
}
