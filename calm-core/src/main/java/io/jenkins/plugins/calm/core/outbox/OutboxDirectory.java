package io.jenkins.plugins.calm.core.outbox;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The outbox's files: {@code pending/} and {@code parked/} hold one {@code <key>.json} per report,
 * {@code quarantine/} holds files that could not be read, each with a {@code .reason.txt} beside
 * it. A lock file keeps a second outbox (a second controller sharing the directory, a second
 * instance by mistake) from draining the same reports.
 */
final class OutboxDirectory implements AutoCloseable {
    private static final Logger LOGGER = Logger.getLogger(OutboxDirectory.class.getName());
    static final String SUFFIX = ".json";
    static final String TEMP_SUFFIX = ".json.tmp";
    static final String REASON_SUFFIX = ".reason.txt";

    final Path root;
    final Path pending;
    final Path parked;
    final Path quarantine;
    private FileChannel lockChannel;
    private FileLock lock;

    OutboxDirectory(Path root) {
        this.root = root;
        this.pending = root.resolve("pending");
        this.parked = root.resolve("parked");
        this.quarantine = root.resolve("quarantine");
    }

    /** Creates the directories and takes the lock. */
    void open() {
        try {
            Files.createDirectories(pending);
            Files.createDirectories(parked);
            Files.createDirectories(quarantine);
            lockChannel = FileChannel.open(root.resolve("outbox.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                lockChannel.close();
                throw new OutboxException("The outbox directory " + root + " is in use by another outbox (a second"
                        + " instance, or another controller sharing this directory); each outbox needs its own directory",
                        null);
            }
        } catch (IOException e) {
            throw new OutboxException("Cannot open the outbox directory " + root + ": " + e
                    + "; check that the controller may create and write files there", e);
        }
    }

    Path pendingFile(String key) {
        return pending.resolve(key + SUFFIX);
    }

    Path parkedFile(String key) {
        return parked.resolve(key + SUFFIX);
    }

    /**
     * Writes {@code content} so that readers only ever see the old file or the complete new one:
     * temporary file in the same directory, fsync, atomic rename, fsync of the directory.
     */
    void writeAtomically(Path target, byte[] content) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(temp);
            throw new IOException("the file system of " + target.getParent()
                    + " cannot rename files atomically; put the outbox on a local file system", e);
        }
        syncDirectory(target.getParent());
    }

    /** Makes the rename itself durable. Some platforms (Windows) cannot open a directory; they skip it. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOGGER.log(Level.FINE, "Cannot fsync directory " + dir + " on this platform", e);
        }
    }

    /** The report files of a directory, in name order. */
    List<Path> reportFiles(Path dir) throws IOException {
        return list(dir, "*" + SUFFIX);
    }

    /** Temporary files a crash left behind mid-write; they never became reports. */
    List<Path> leftoverTempFiles() throws IOException {
        List<Path> files = new ArrayList<>(list(pending, "*" + TEMP_SUFFIX));
        files.addAll(list(parked, "*" + TEMP_SUFFIX));
        return files;
    }

    private static List<Path> list(Path dir, String glob) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, glob)) {
            stream.forEach(files::add);
        }
        files.sort(null);
        return files;
    }

    /** Moves an unreadable file aside, with the reason in a text file next to it. */
    Path quarantine(Path file, String reason) throws IOException {
        String name = file.getFileName().toString();
        Path target = quarantine.resolve(name);
        for (int i = 1; Files.exists(target); i++) {
            target = quarantine.resolve(name + "." + i);
        }
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(target.resolveSibling(target.getFileName() + REASON_SUFFIX),
                "Moved here from " + file + "\nReason: " + reason + "\n", StandardCharsets.UTF_8);
        syncDirectory(quarantine);
        return target;
    }

    int quarantinedCount() throws IOException {
        int count = 0;
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(quarantine)) {
            for (Path file : stream) {
                if (!file.getFileName().toString().endsWith(REASON_SUFFIX)) {
                    count++;
                }
            }
        }
        return count;
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Could not release the outbox lock in " + root, e);
        } finally {
            lock = null;
            lockChannel = null;
        }
    }
}
