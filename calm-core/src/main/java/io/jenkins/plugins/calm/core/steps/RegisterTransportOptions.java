package io.jenkins.plugins.calm.core.steps;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The options of {@code calmRegisterTransport} and its freestyle build step, in two modes:
 *
 * <ul>
 *   <li><b>upload</b> ({@code file}): uploads a file (an MTA) to Cloud Transport Management
 *       through Cloud ALM and creates a transport request in {@code node} ({@code mode: 'upload'})
 *       or for its follow-on nodes ({@code mode: 'export'});
 *   <li><b>existing transports</b> ({@code transports}): checks transports created elsewhere
 *       (ABAP, ATO) against Cloud ALM.
 * </ul>
 */
public final class RegisterTransportOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Transport IDs as ABAP, ATO and CTMS write them (S4DK900123, 42): letters, digits and a few separators. */
    private static final Pattern TRANSPORT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_./:-]{0,63}");

    /** How an uploaded file becomes a transport request. */
    public enum Mode {
        /** A transport request in the node itself ({@code /v2/nodes/upload}). */
        UPLOAD,
        /** A transport request for the node's follow-on nodes ({@code /v2/nodes/export}). */
        EXPORT;

        /** @throws InvalidStepInputException naming the allowed values */
        public static Mode parse(String text) {
            String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            switch (value) {
                case "upload":
                    return UPLOAD;
                case "export":
                    return EXPORT;
                default:
                    throw new InvalidStepInputException("mode: '" + text + "' is unknown; use mode: 'upload' (a transport"
                            + " request in the node) or mode: 'export' (for the node's follow-on nodes)");
            }
        }

        /** As written in pipelines: {@code upload}, {@code export}. */
        public String optionValue() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private String connection;
    private String feature;
    private String file;
    private String node;
    private Mode mode;
    private String description;
    private String namedUser;
    private ArrayList<String> transports = new ArrayList<>();

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

    /** @param file the file to upload, relative to the workspace (or absolute) */
    public void setFile(String file) {
        this.file = StepValues.text(file);
    }

    public String file() {
        return file;
    }

    /** @param node the Cloud Transport Management node */
    public void setNode(String node) {
        this.node = StepValues.text(node);
    }

    public String node() {
        return node;
    }

    /** @param mode {@code upload} (default) or {@code export} */
    public void setMode(String mode) {
        String text = StepValues.text(mode);
        this.mode = text == null ? null : Mode.parse(text);
    }

    /** The mode as given; {@code null} when not given. */
    public Mode modeValue() {
        return mode;
    }

    /** The mode to use: as given, or {@link Mode#UPLOAD}. */
    public Mode mode() {
        return mode == null ? Mode.UPLOAD : mode;
    }

    public void setDescription(String description) {
        String text = StepValues.text(description);
        if (text != null && text.length() > StepTexts.MAX_DESCRIPTION) {
            throw new InvalidStepInputException("description is " + text.length() + " characters long; Transport"
                    + " Management takes at most " + StepTexts.MAX_DESCRIPTION);
        }
        this.description = text;
    }

    public String description() {
        return description;
    }

    public void setNamedUser(String namedUser) {
        this.namedUser = StepValues.text(namedUser);
    }

    public String namedUser() {
        return namedUser;
    }

    /** @param value transport IDs (a list, or text separated by commas), e.g. {@code ['S4DK900123']} */
    public void setTransports(Object value) {
        List<String> ids = StepValues.list(value, "transports");
        for (String id : ids) {
            if (!TRANSPORT_ID.matcher(id).matches()) {
                throw new InvalidStepInputException("'" + StepTexts.abbreviate(id, 80) + "' in transports is not a"
                        + " transport ID; write IDs like 'S4DK900123', separated by commas or as a list");
            }
        }
        this.transports = new ArrayList<>(ids);
    }

    public List<String> transports() {
        return Collections.unmodifiableList(transports);
    }

    /** Upload mode ({@code file}) rather than existing-transports mode. */
    public boolean isUpload() {
        return file != null;
    }

    /**
     * Checks that exactly one mode is chosen and that every option given belongs to it.
     *
     * @throws InvalidStepInputException saying what to change
     */
    public void validate() {
        if (file == null && transports.isEmpty()) {
            throw new InvalidStepInputException("calmRegisterTransport needs either file: 'app.mtar' with node: '…' (to"
                    + " upload it to Cloud Transport Management) or transports: ['S4DK900123'] (transports created"
                    + " elsewhere)");
        }
        if (file != null && !transports.isEmpty()) {
            throw new InvalidStepInputException("Give either file: (upload mode) or transports: (transports created"
                    + " elsewhere) to calmRegisterTransport, not both");
        }
        if (file != null && node == null) {
            throw new InvalidStepInputException("Uploading " + file + " needs the Cloud Transport Management node:"
                    + " add node: 'QAS' (the node the transport request is for)");
        }
        if (file == null) {
            List<String> uploadOnly = new ArrayList<>();
            if (node != null) {
                uploadOnly.add("node");
            }
            if (mode != null) {
                uploadOnly.add("mode");
            }
            if (description != null) {
                uploadOnly.add("description");
            }
            if (namedUser != null) {
                uploadOnly.add("namedUser");
            }
            if (!uploadOnly.isEmpty()) {
                throw new InvalidStepInputException(String.join(", ", uploadOnly) + (uploadOnly.size() == 1 ? " applies"
                        : " apply") + " to upload mode (file:) only; remove " + (uploadOnly.size() == 1 ? "it" : "them")
                        + " when registering existing transports");
            }
        }
    }
}
