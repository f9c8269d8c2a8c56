package io.jenkins.plugins.calm.core.steps;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the values pipeline scripts and forms pass to step options. A Pipeline script passes a
 * string, a number or a list ({@code status: ['In Testing', 'Deployed']}); a form or Job DSL passes
 * text ({@code "In Testing, Deployed"}). Both mean the same, so list options accept either, and
 * their normalized form is written back as text that reads the same way again.
 */
public final class StepValues {
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,\\n\\r]+");

    private StepValues() {
    }

    /**
     * The values of a list option, trimmed, without blanks and duplicates, in the given order.
     *
     * @param value {@code null}, a string (entries separated by commas or line breaks), or a
     *     collection or array of strings
     * @param option the option, for the message (e.g. {@code "status"})
     * @throws InvalidStepInputException for any other kind of value or entry
     */
    public static List<String> list(Object value, String option) {
        if (value == null) {
            return List.of();
        }
        Set<String> values = new LinkedHashSet<>();
        if (value instanceof CharSequence text) {
            addSplit(text.toString(), values);
        } else if (value instanceof Collection<?> || value instanceof Object[]) {
            Collection<?> entries = value instanceof Object[] array ? Arrays.asList(array) : (Collection<?>) value;
            for (Object entry : entries) {
                if (!(entry instanceof CharSequence)) {
                    throw new InvalidStepInputException(option + " must list text values, like " + option
                            + ": ['a', 'b'], but one entry is " + describe(entry));
                }
                addSplit(entry.toString(), values);
            }
        } else {
            throw new InvalidStepInputException(option + " must be text or a list of texts, like " + option
                    + ": 'a' or " + option + ": ['a', 'b'], but is " + describe(value));
        }
        return List.copyOf(values);
    }

    /** The text form of a list option: {@code "a, b"}; {@code null} for an empty list. */
    public static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(", ", values);
    }

    /** Trimmed text, {@code null} when blank. */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /**
     * A duration option: a number of {@code unit}s (Jenkins' {@code timeout(time: 30, unit:
     * 'MINUTES')} style) or text such as {@code '90s'}, {@code '1h 30m'}, {@code 'PT2H'}.
     *
     * @param value {@code null}, a number, or text (a plain number in text counts as a number)
     * @param unit the unit of a number (as in {@code TimeUnit}); {@code null} for {@code defaultUnit}
     * @return {@code null} when no value is given
     * @throws InvalidStepInputException for unreadable values, a unit given with text that has its
     *     own unit, or a value that is not positive
     */
    public static Duration duration(Object value, String unit, String defaultUnit, String option) {
        if (value == null || value instanceof CharSequence text && text.toString().isBlank()) {
            return null;
        }
        String givenUnit = text(unit);
        if (value instanceof Number number) {
            return StepDurations.of(wholeNumber(number, option), givenUnit == null ? defaultUnit : givenUnit, option);
        }
        if (value instanceof CharSequence text) {
            String trimmed = text.toString().strip();
            if (trimmed.matches("\\d+")) {
                return StepDurations.of(Long.parseLong(trimmed), givenUnit == null ? defaultUnit : givenUnit, option);
            }
            if (givenUnit != null) {
                throw new InvalidStepInputException(option + " '" + trimmed + "' has its own unit, so leave out unit: '"
                        + givenUnit + "' (or write " + option + ": 30, unit: '" + givenUnit + "')");
            }
            return StepDurations.parse(trimmed, option);
        }
        throw new InvalidStepInputException(option + " must be a number or text like '30m', but is " + describe(value));
    }

    private static long wholeNumber(Number number, String option) {
        double asDouble = number.doubleValue();
        if (asDouble != Math.rint(asDouble) || Double.isInfinite(asDouble)) {
            throw new InvalidStepInputException(option + " must be a whole number of the unit, was " + number
                    + "; write text like '1.5h' for fractions");
        }
        return number.longValue();
    }

    private static void addSplit(String text, Set<String> values) {
        for (String part : LIST_SEPARATOR.split(text)) {
            String trimmed = part.strip();
            if (!trimmed.isEmpty()) {
                values.add(trimmed);
            }
        }
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Collection<?> || value instanceof Object[]) {
            return "a list";
        }
        if (value instanceof Number) {
            return "the number " + value;
        }
        if (value instanceof Boolean) {
            return "the boolean " + value;
        }
        return "a " + value.getClass().getSimpleName();
    }
}
