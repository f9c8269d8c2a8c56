package io.jenkins.plugins.calm.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * A small JSON state file the plugin keeps next to Jenkins' own files (the approval workflows, a
 * polling trigger's memory). Written to a temporary file in the same folder and moved over the
 * old one, so a crash leaves either the old or the new state, never half of one.
 */
public final class StateFile {

    private final Path file;

    public StateFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /** @return the content, or empty when there is no file yet */
    public Optional<String> read() throws IOException {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    public void write(String content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path name = file.getFileName();
        if (folder == null || name == null) {
            throw new IOException("A state file needs a folder and a name: " + file);
        }
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, name.toString(), ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Moves an unreadable file out of the way, keeping it for a person to look at.
     *
     * @return where it went
     */
    public Path moveAside(Instant now) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + now.toEpochMilli());
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        return aside;
    }
}
