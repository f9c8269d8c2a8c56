package io.jenkins.plugins.calm.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code multipart/form-data} body (RFC 7578), parsed into its parts. */
public final class Multipart {
  private static final Pattern BOUNDARY = Pattern.compile("boundary=(\"([^\"]+)\"|[^;\\s]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME = Pattern.compile("(?:^|;)\\s*name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

  /** One part: its form field name, the file name if it is a file, and the content. */
  public record Part(String name, String fileName, byte[] content) {
    public String text() {
      return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return "Part[name=" + name + ", fileName=" + fileName + ", " + content.length + " bytes]";
    }
  }

  private final List<Part> parts;

  private Multipart(List<Part> parts) {
    this.parts = parts;
  }

  public Optional<Part> part(String name) {
    return parts.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** Parses the body of {@code request}, or explains with a 400 why it is not multipart. */
  public static Multipart parse(ApiRequest request) {
    String contentType = request.header("Content-Type").orElse("");
    if (!contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      throw ApiException.badRequest("Expected a multipart/form-data body (a 'file' part), not Content-Type '"
          + contentType + "'.");
    }
    Matcher boundaryMatch = BOUNDARY.matcher(contentType);
    if (!boundaryMatch.find()) {
      throw ApiException.badRequest("The multipart Content-Type has no boundary parameter.");
    }
    String boundary = boundaryMatch.group(2) != null ? boundaryMatch.group(2) : boundaryMatch.group(1);
    byte[] body = request.body();
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    List<Part> parts = new ArrayList<>();
    int position = indexOf(body, delimiter, 0);
    if (position < 0) {
      throw ApiException.badRequest("The multipart body does not contain its boundary.");
    }
    while (true) {
      int afterDelimiter = position + delimiter.length;
      if (startsWith(body, afterDelimiter, "--")) {
        break;
      }
      int headersStart = skipLineBreak(body, afterDelimiter);
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
      if (headersEnd < 0) {
        throw ApiException.badRequest("A multipart part has no end of headers (CRLF CRLF).");
      }
      String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
      int contentStart = headersEnd + 4;
      byte[] nextDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
      int contentEnd = indexOf(body, nextDelimiter, contentStart);
      if (contentEnd < 0) {
        throw ApiException.badRequest("The multipart body ends without its closing boundary.");
      }
      parts.add(part(headers, Arrays.copyOfRange(body, contentStart, contentEnd)));
      position = contentEnd + 2;
    }
    return new Multipart(parts);
  }

  private static Part part(String headers, byte[] content) {
    String disposition = null;
    for (String line : headers.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
        disposition = line.substring(line.indexOf(':') + 1);
      }
    }
    if (disposition == null) {
      throw ApiException.badRequest("A multipart part has no Content-Disposition header.");
    }
    Matcher name = NAME.matcher(disposition);
    if (!name.find()) {
      throw ApiException.badRequest("A multipart part has no name in its Content-Disposition.");
    }
    Matcher fileName = FILENAME.matcher(disposition);
    return new Part(name.group(1), fileName.find() ? fileName.group(1) : null, content);
  }

  private static int skipLineBreak(byte[] body, int index) {
    return startsWith(body, index, "\r\n") ? index + 2 : index;
  }

  private static boolean startsWith(byte[] body, int index, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    if (index + bytes.length > body.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if (body[index + i] != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] body, byte[] pattern, int from) {
    outer:
    for (int i = from; i <= body.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (body[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
