package io.jenkins.plugins.calm.core.steps;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the durations steps accept as text ({@code timeout: '2h'}, {@code pollInterval: '30s'}):
 * one or more number–unit pairs ({@code 90s}, {@code 1h 30m}, {@code 2 hours}, {@code 1.5h}) or
 * ISO-8601 ({@code PT1H30M}); and the {@code time}/{@code unit} pair known from Jenkins' {@code
 * timeout} step.
 */
public final class StepDurations {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([a-z]+)");
    private static final Pattern WHOLE = Pattern.compile("(?:\\s*\\d+(?:\\.\\d+)?\\s*[a-z]+)+\\s*");

    private StepDurations() {
    }

    /**
     * @param option the step option, for the message (e.g. {@code "timeout"})
     * @throws InvalidStepInputException when the text is not a positive duration
     */
    public static Duration parse(String text, String option) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Duration duration;
        if (value.startsWith("p")) {
            try {
                duration = Duration.parse(value.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw invalid(text, option);
            }
        } else {
            if (value.matches("\\d+")) {
                throw new InvalidStepInputException("'" + text + "' for " + option + " has no unit; write e.g. '"
                        + value + "s' or '" + value + "m'");
            }
            if (!WHOLE.matcher(value).matches()) {
                throw invalid(text, option);
            }
            duration = Duration.ZERO;
            Matcher part = PART.matcher(value);
            try {
                while (part.find()) {
                    duration = duration.plus(amount(part.group(1), unit(part.group(2), text, option)));
                }
            } catch (ArithmeticException | NumberFormatException e) {
                throw new InvalidStepInputException("'" + text + "' is too long a duration for " + option);
            }
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new InvalidStepInputException(option + " must be longer than zero, was '" + text + "'");
        }
        return duration;
    }

    /** The {@code time}/{@code unit} form, e.g. {@code (2, "HOURS")}; units as in {@code TimeUnit}. */
    public static Duration of(long amount, String unit, String option) {
        if (amount <= 0) {
            throw new InvalidStepInputException(option + " must be longer than zero, was " + amount);
        }
        String name = unit == null ? "" : unit.strip().toUpperCase(Locale.ROOT);
        switch (name) {
            case "MILLISECONDS":
                return Duration.ofMillis(amount);
            case "SECONDS":
                return Duration.ofSeconds(amount);
            case "MINUTES":
                return Duration.ofMinutes(amount);
            case "HOURS":
                return Duration.ofHours(amount);
            case "DAYS":
                return Duration.ofDays(amount);
            default:
                throw new InvalidStepInputException("Unknown unit '" + unit + "' for " + option
                        + "; use SECONDS, MINUTES, HOURS or DAYS");
        }
    }

    /** Refuses a duration below {@code minimum}, e.g. a poll interval shorter than the engine's floor. */
    public static Duration atLeast(Duration duration, Duration minimum, String option) {
        if (duration.compareTo(minimum) < 0) {
            throw new InvalidStepInputException(option + " must be at least " + format(minimum) + ", was "
                    + format(duration));
        }
        return duration;
    }

    /** A short human form: {@code 1h 30m}, {@code 45s}. */
    public static String format(Duration duration) {
        StringBuilder text = new StringBuilder();
        long days = duration.toDays();
        if (days > 0) {
            text.append(days).append("d ");
        }
        if (duration.toHoursPart() > 0) {
            text.append(duration.toHoursPart()).append("h ");
        }
        if (duration.toMinutesPart() > 0) {
            text.append(duration.toMinutesPart()).append("m ");
        }
        if (duration.toSecondsPart() > 0 || text.length() == 0 && duration.toMillisPart() == 0) {
            text.append(duration.toSecondsPart()).append("s ");
        }
        if (duration.toMillisPart() > 0) {
            text.append(duration.toMillisPart()).append("ms ");
        }
        return text.toString().strip();
    }

    private static Duration unit(String unit, String text, String option) {
        switch (unit) {
            case "ms":
                return Duration.ofMillis(1);
            case "s": case "sec": case "secs": case "second": case "seconds":
                return Duration.ofSeconds(1);
            case "m": case "min": case "mins": case "minute": case "minutes":
                return Duration.ofMinutes(1);
            case "h": case "hr": case "hrs": case "hour": case "hours":
                return Duration.ofHours(1);
            case "d": case "day": case "days":
                return Duration.ofDays(1);
            default:
                throw new InvalidStepInputException("Unknown unit '" + unit + "' in " + option + " '" + text
                        + "'; use s, m, h or d (e.g. '90s', '30m', '1h 30m', '2d')");
        }
    }

    private static Duration amount(String number, Duration unit) {
        if (number.contains(".")) {
            return Duration.ofNanos(Math.round(Double.parseDouble(number) * unit.toNanos()));
        }
        return unit.multipliedBy(Long.parseLong(number));
    }

    private static InvalidStepInputException invalid(String text, String option) {
        return new InvalidStepInputException("'" + text + "' is not a duration for " + option
                + "; write it like '90s', '30m', '1h 30m', '2d' or 'PT1H30M'");
    }
}
