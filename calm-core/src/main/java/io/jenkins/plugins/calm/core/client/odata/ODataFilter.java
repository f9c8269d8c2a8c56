package io.jenkins.plugins.calm.core.client.odata;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A small, safe builder of OData {@code $filter} expressions. String literals are quoted with
 * single quotes doubled inside; GUIDs are validated and written unquoted (Cloud ALM reports a type
 * mismatch for quoted GUIDs); instants are written as unquoted {@code DateTimeOffset} literals;
 * property names are checked, so no input can change the structure of the expression.
 */
public final class ODataFilter {

    private static final Pattern PROPERTY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(/[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final String expression;
    private final boolean compound;

    private ODataFilter(String expression, boolean compound) {
        this.expression = expression;
        this.compound = compound;
    }

    /** {@code property eq 'value'} with a string literal. */
    public static ODataFilter eq(String property, String value) {
        return comparison(property, "eq", string(value));
    }

    /** {@code property ne 'value'} with a string literal. */
    public static ODataFilter ne(String property, String value) {
        return comparison(property, "ne", string(value));
    }

    /** {@code property eq 42}. */
    public static ODataFilter eq(String property, long value) {
        return comparison(property, "eq", Long.toString(value));
    }

    /** {@code property eq <guid>}, the GUID unquoted. */
    public static ODataFilter eqGuid(String property, String guid) {
        return comparison(property, "eq", guid(guid));
    }

    /** {@code property gt 2026-01-10T09:12:00Z}. */
    public static ODataFilter gt(String property, Instant instant) {
        return comparison(property, "gt", instant(instant));
    }

    /** {@code property ge 2026-01-10T09:12:00Z}. */
    public static ODataFilter ge(String property, Instant instant) {
        return comparison(property, "ge", instant(instant));
    }

    /** {@code property lt 2026-01-10T09:12:00Z}. */
    public static ODataFilter lt(String property, Instant instant) {
        return comparison(property, "lt", instant(instant));
    }

    /** {@code property in ('a', 'b')} with string literals. */
    public static ODataFilter in(String property, Collection<String> values) {
        List<String> literals = new ArrayList<>();
        values.forEach(value -> literals.add(string(value)));
        return in(property, literals, "values");
    }

    /** {@code property in (<guid>, <guid>)} with unquoted GUIDs. */
    public static ODataFilter inGuids(String property, Collection<String> guids) {
        List<String> literals = new ArrayList<>();
        guids.forEach(guid -> literals.add(guid(guid)));
        return in(property, literals, "GUIDs");
    }

    /**
     * An expression taken as written, for filters a user typed. Not escaped: only for input that
     * is meant to be an OData expression, never to embed values.
     */
    public static ODataFilter raw(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("an OData filter expression must not be empty");
        }
        return new ODataFilter(expression.trim(), true);
    }

    public ODataFilter and(ODataFilter other) {
        return new ODataFilter(operand(this) + " and " + operand(other), true);
    }

    public ODataFilter or(ODataFilter other) {
        return new ODataFilter(operand(this) + " or " + operand(other), true);
    }

    /** The expression for {@code $filter}. */
    public String expression() {
        return expression;
    }

    @Override
    public String toString() {
        return expression;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ODataFilter && ((ODataFilter) other).expression.equals(expression);
    }

    @Override
    public int hashCode() {
        return expression.hashCode();
    }

    /** A string literal: single-quoted, inner quotes doubled (OData ABNF {@code SQUOTE-in-string}). */
    public static String string(String value) {
        Objects.requireNonNull(value, "value");
        return "'" + value.replace("'", "''") + "'";
    }

    /** A validated GUID literal (unquoted). */
    public static String guid(String value) {
        if (value == null || !GUID.matcher(value.trim()).matches()) {
            throw new IllegalArgumentException("not a GUID (8-4-4-4-12 hexadecimal digits): \"" + value + "\"");
        }
        return value.trim();
    }

    private static String instant(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(Objects.requireNonNull(instant, "instant"));
    }

    private static ODataFilter comparison(String property, String operator, String literal) {
        return new ODataFilter(property(property) + " " + operator + " " + literal, false);
    }

    private static ODataFilter in(String property, List<String> literals, String what) {
        if (literals.isEmpty()) {
            throw new IllegalArgumentException("'in' needs at least one of the " + what);
        }
        return new ODataFilter(property(property) + " in (" + String.join(",", literals) + ")", false);
    }

    private static String property(String name) {
        if (name == null || !PROPERTY.matcher(name).matches()) {
            throw new IllegalArgumentException("not an OData property name: \"" + name + "\"");
        }
        return name;
    }

    private static String operand(ODataFilter filter) {
        return filter.compound ? "(" + filter.expression + ")" : filter.expression;
    }
}
