package io.jenkins.plugins.calm.sandbox.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the small multitarget application archive the demo "builds": a real .mtar (a ZIP with
 * {@code META-INF/MANIFEST.MF} and {@code META-INF/mtad.yaml}), so that what travels through the
 * Transport Management pass-through looks like what a pipeline uploads.
 */
final class SampleMta {
  private SampleMta() {}

  /** Writes {@code <id>_<version>.mtar} into {@code directory} and returns its path. */
  static Path write(Path directory, String id, String version) throws IOException {
    Path file = directory.resolve(id + "_" + version + ".mtar");
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      add(zip, "META-INF/MANIFEST.MF", String.join("\n",
          "Manifest-Version: 1.0",
          "Created-By: calm-sandbox demo",
          "MTA-Version: " + version,
          "",
          "Name: " + id + "-srv/",
          "MTA-Module: " + id + "-srv",
          "Content-Type: application/zip",
          ""));
      add(zip, "META-INF/mtad.yaml", String.join("\n",
          "_schema-version: \"3.1\"",
          "ID: " + id,
          "version: " + version,
          "modules:",
          "  - name: " + id + "-srv",
          "    type: nodejs",
          ""));
    }
    return file;
  }

  private static void add(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
