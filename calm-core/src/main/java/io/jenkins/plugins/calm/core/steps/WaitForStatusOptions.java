package io.jenkins.plugins.calm.core.steps;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The options of {@code calmWaitForStatus} and its freestyle build step. Each setter checks its own
 * value and says what is wrong with it; {@link #validate()} checks what depends on several options.
 * Values are kept as the user wrote them where the form matters for writing them back (durations);
 * lists are kept normalized, in plain {@code ArrayList}s: freestyle build steps keep their options
 * in the job's XML file and waiting Pipeline steps in the build's program state.
 */
public final class WaitForStatusOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The shortest poll interval a user may ask for; the wait engine's floor. */
    public static final Duration MIN_POLL_INTERVAL = Duration.ofSeconds(10);
    /** The unit of a {@code timeout} given as a number, as in Jenkins' {@code timeout} step. */
    public static final String DEFAULT_TIMEOUT_UNIT = "MINUTES";

    private ArrayList<String> status = new ArrayList<>();
    private ArrayList<String> failOn;
    private String connection;
    private String feature;
    private ArrayList<String> features = new ArrayList<>();
    private Serializable timeout;
    private String unit;
    private Serializable pollInterval;

    /** @param value one status name or several (a list, or text separated by commas) */
    public void setStatus(Object value) {
        List<String> names = StepValues.list(value, "status");
        if (names.isEmpty()) {
            throw new InvalidStepInputException("calmWaitForStatus needs the status to wait for, e.g."
                    + " calmWaitForStatus('In Testing') or status: ['Successfully Tested', 'Ready for Production']");
        }
        this.status = new ArrayList<>(names);
    }

    public List<String> status() {
        return Collections.unmodifiableList(status);
    }

    /**
     * @param value statuses that end the wait with failure; {@code null} or blank text for the
     *     default (Not Planned), an empty list for none
     */
    public void setFailOn(Object value) {
        boolean defaulted = value == null || value instanceof CharSequence text && text.toString().isBlank();
        this.failOn = defaulted ? null : new ArrayList<>(StepValues.list(value, "failOn"));
    }

    /** {@code null} means the default: fail on Not Planned. */
    public List<String> failOn() {
        return failOn == null ? null : Collections.unmodifiableList(failOn);
    }

    public void setConnection(String connection) {
        this.connection = StepValues.text(connection);
    }

    public String connection() {
        return connection;
    }

    public void setFeature(String feature) {
        String text = StepValues.text(feature);
        if (text != null) {
            FeatureId.parse(text, "the feature option");
        }
        this.feature = text;
    }

    public String feature() {
        return feature;
    }

    /** @param value several features (a list, or text separated by commas), all of which must reach the status */
    public void setFeatures(Object value) {
        List<String> ids = StepValues.list(value, "features");
        for (String id : ids) {
            FeatureId.parse(id, "the features option");
        }
        this.features = new ArrayList<>(ids);
    }

    public List<String> features() {
        return Collections.unmodifiableList(features);
    }

    /** @param value a number of {@link #unit()}s (default minutes) or text like {@code '2h'}; {@code null} for no timeout */
    public void setTimeout(Object value) {
        StepValues.duration(value, null, DEFAULT_TIMEOUT_UNIT, "timeout");
        this.timeout = keep(value);
    }

    /** As given: a number or text. */
    public Object timeoutValue() {
        return timeout;
    }

    /** @param unit the unit of a numeric timeout: SECONDS, MINUTES, HOURS or DAYS */
    public void setUnit(String unit) {
        String text = StepValues.text(unit);
        if (text != null) {
            StepDurations.of(1, text, "unit");
        }
        this.unit = text;
    }

    public String unit() {
        return unit;
    }

    /** @param value a number of seconds or text like {@code '1m'}; {@code null} for the engine's adaptive interval */
    public void setPollInterval(Object value) {
        Duration interval = StepValues.duration(value, null, "SECONDS", "pollInterval");
        if (interval != null) {
            StepDurations.atLeast(interval, MIN_POLL_INTERVAL, "pollInterval");
        }
        this.pollInterval = keep(value);
    }

    /** As given: a number or text. */
    public Object pollIntervalValue() {
        return pollInterval;
    }

    /** The timeout, or {@code null} for none. */
    public Duration timeout() {
        return StepValues.duration(timeout, unit, DEFAULT_TIMEOUT_UNIT, "timeout");
    }

    /** The longest time between two status checks the user wants, or {@code null} to leave it to the engine. */
    public Duration pollInterval() {
        return StepValues.duration(pollInterval, null, "SECONDS", "pollInterval");
    }

    /**
     * Checks what single setters cannot: that a status is given, that {@code feature} and
     * {@code features} are not both used, and that {@code unit} goes with a numeric timeout.
     *
     * @throws InvalidStepInputException saying what to change
     */
    public void validate() {
        if (status.isEmpty()) {
            setStatus(null); // throws the message that explains the option
        }
        if (feature != null && !features.isEmpty()) {
            throw new InvalidStepInputException("Give either feature: '" + feature + "' or features: [...], not both");
        }
        if (unit != null && timeout == null) {
            throw new InvalidStepInputException("unit: '" + unit + "' is given without a timeout; add e.g. timeout: 30");
        }
        timeout();
    }

    /** The explicitly named features: {@code features}, else {@code feature}, else none (resolve from the build). */
    public List<String> namedFeatures() {
        return feature != null ? List.of(feature) : features();
    }

    private static Serializable keep(Object value) {
        if (value == null || value instanceof CharSequence text && text.toString().isBlank()) {
            return null;
        }
        return value instanceof Number number ? number : value.toString().strip();
    }
}
