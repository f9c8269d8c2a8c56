package io.jenkins.plugins.calm.core.client.tms;

/** A file uploaded to Transport Management; its {@link #fileId()} goes into a transport request's entries. */
public final class TmsFile {

    private final long fileId;
    private final String fileName;

    public TmsFile(long fileId, String fileName) {
        this.fileId = fileId;
        this.fileName = fileName;
    }

    public long fileId() {
        return fileId;
    }

    public String fileName() {
        return fileName;
    }

    @Override
    public String toString() {
        return "TmsFile[" + fileId + " " + fileName + "]";
    }
}
