package io.jenkins.plugins.calm.sandbox.odata;

import io.jenkins.plugins.calm.sandbox.http.ApiException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Parses the $filter subset Cloud ALM clients use into a predicate:
 * comparisons {@code eq ne gt ge lt le}, {@code in (...)}, {@code and}, {@code or}, {@code not}
 * and parentheses, over the properties of an {@link EntitySchema}. Literals must have the type
 * of their property: GUIDs unquoted, strings quoted (reference §2), so a client that quotes a
 * GUID gets the 400 a tenant gives it.
 */
public final class FilterParser<T> {
  private static final Pattern GUID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern INTEGER = Pattern.compile("-?\\d+");

  private final EntitySchema<T> schema;
  private final String text;
  private final List<Token> tokens;
  private int position;

  private record Token(String text, boolean quoted, int offset) {}

  private FilterParser(EntitySchema<T> schema, String text) {
    this.schema = schema;
    this.text = text;
    this.tokens = tokenize(text);
  }

  /** Parses {@code filter} (the decoded $filter value) or throws a 400 saying what is wrong where. */
  public static <T> Predicate<T> parse(EntitySchema<T> schema, String filter) {
    FilterParser<T> parser = new FilterParser<>(schema, filter);
    if (parser.tokens.isEmpty()) {
      throw ApiException.badRequest("$filter is empty.");
    }
    Predicate<T> predicate = parser.orExpression();
    if (parser.position < parser.tokens.size()) {
      throw parser.error("unexpected '" + parser.tokens.get(parser.position).text() + "'");
    }
    return predicate;
  }

  private Predicate<T> orExpression() {
    Predicate<T> left = andExpression();
    while (acceptKeyword("or")) {
      left = left.or(andExpression());
    }
    return left;
  }

  private Predicate<T> andExpression() {
    Predicate<T> left = unary();
    while (acceptKeyword("and")) {
      left = left.and(unary());
    }
    return left;
  }

  private Predicate<T> unary() {
    if (acceptKeyword("not")) {
      return unary().negate();
    }
    if (accept("(")) {
      Predicate<T> inner = orExpression();
      expect(")");
      return inner;
    }
    return comparison();
  }

  private Predicate<T> comparison() {
    Token nameToken = next("a property name");
    if (nameToken.quoted()) {
      throw error("a property name was expected, not the literal '" + nameToken.text() + "'");
    }
    EntitySchema.Property<T> property = schema.find(nameToken.text());
    if (property == null) {
      throw ApiException.badRequest("Property '" + nameToken.text() + "' cannot be used in $filter on "
          + schema.entitySet() + "; supported: " + schema.names() + ".");
    }
    Token operator = next("an operator (eq, ne, gt, ge, lt, le, in)");
    String op = operator.text().toLowerCase(java.util.Locale.ROOT);
    if (op.equals("in")) {
      expect("(");
      List<Object> values = new ArrayList<>();
      do {
        values.add(literal(property));
      } while (accept(","));
      expect(")");
      return entity -> values.contains(property.getter().apply(entity));
    }
    Object literal = literal(property);
    switch (op) {
      case "eq":
        return entity -> Objects.equals(property.getter().apply(entity), literal);
      case "ne":
        return entity -> !Objects.equals(property.getter().apply(entity), literal);
      case "gt":
        return ordered(property, literal, c -> c > 0);
      case "ge":
        return ordered(property, literal, c -> c >= 0);
      case "lt":
        return ordered(property, literal, c -> c < 0);
      case "le":
        return ordered(property, literal, c -> c <= 0);
      default:
        throw error("unsupported operator '" + operator.text() + "' (supported: eq, ne, gt, ge, lt, le, in, and, or, not)");
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Predicate<T> ordered(EntitySchema.Property<T> property, Object literal, java.util.function.IntPredicate test) {
    if (literal == null) {
      throw error("'" + property.name() + "' cannot be compared with null by order; use eq or ne");
    }
    return entity -> {
      Object value = property.getter().apply(entity);
      return value != null && test.test(((Comparable) value).compareTo(literal));
    };
  }

  private Object literal(EntitySchema.Property<T> property) {
    Token token = next("a " + property.type().edmName() + " literal");
    if (!token.quoted() && token.text().equals("null")) {
      return null;
    }
    String mismatch = "type mismatch for '" + property.name() + "' (" + property.type().edmName() + "): ";
    switch (property.type()) {
      case STRING:
        if (!token.quoted()) {
          throw error(mismatch + "write the string in single quotes, e.g. '" + token.text() + "'");
        }
        return token.text();
      case GUID:
        if (token.quoted()) {
          throw error(mismatch + "write the GUID without quotes, e.g. " + property.name() + " eq " + token.text());
        }
        if (!GUID.matcher(token.text()).matches()) {
          throw error(mismatch + "'" + token.text() + "' is not a GUID");
        }
        return UUID.fromString(token.text());
      case INT:
        if (token.quoted() || !INTEGER.matcher(token.text()).matches()) {
          throw error(mismatch + "write an unquoted integer, not " + token.text());
        }
        return Integer.valueOf(token.text());
      case DATETIME:
        if (token.quoted()) {
          throw error(mismatch + "write the timestamp without quotes, e.g. 2026-01-01T00:00:00Z");
        }
        try {
          return OffsetDateTime.parse(token.text()).toInstant();
        } catch (DateTimeParseException e) {
          throw error(mismatch + "'" + token.text() + "' is not an ISO-8601 timestamp with offset, e.g. "
              + "2026-01-01T00:00:00Z (send '+' as %2B)");
        }
      default:
        throw new IllegalStateException(property.type().name());
    }
  }

  private boolean acceptKeyword(String keyword) {
    if (position < tokens.size() && !tokens.get(position).quoted()
        && tokens.get(position).text().equalsIgnoreCase(keyword)) {
      position++;
      return true;
    }
    return false;
  }

  private boolean accept(String punctuation) {
    if (position < tokens.size() && !tokens.get(position).quoted() && tokens.get(position).text().equals(punctuation)) {
      position++;
      return true;
    }
    return false;
  }

  private void expect(String punctuation) {
    if (!accept(punctuation)) {
      throw error("'" + punctuation + "' expected");
    }
  }

  private Token next(String what) {
    if (position >= tokens.size()) {
      throw error(what + " expected at the end");
    }
    return tokens.get(position++);
  }

  private ApiException error(String problem) {
    int offset = position > 0 && position <= tokens.size() ? tokens.get(position - 1).offset() : text.length();
    return ApiException.badRequest("Invalid $filter at position " + offset + ": " + problem + ". The filter was: " + text);
  }

  private static List<Token> tokenize(String text) {
    List<Token> result = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')' || c == ',') {
        result.add(new Token(String.valueOf(c), false, i));
        i++;
      } else if (c == '\'') {
        int start = i;
        StringBuilder value = new StringBuilder();
        i++;
        while (true) {
          if (i >= text.length()) {
            throw ApiException.badRequest("Invalid $filter at position " + start + ": unterminated string literal. "
                + "The filter was: " + text);
          }
          char d = text.charAt(i);
          if (d == '\'') {
            if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
              value.append('\'');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          value.append(d);
          i++;
        }
        result.add(new Token(value.toString(), true, start));
      } else {
        int start = i;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && "(),'".indexOf(text.charAt(i)) < 0) {
          i++;
        }
        result.add(new Token(text.substring(start, i), false, start));
      }
    }
    return result;
  }
}
