package io.jenkins.plugins.calm.structure;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** What the structural tests need to know about one Jelly view: its fields, its localized keys, its header. */
final class JellyView {

    /* Stapler's ${%key} and ${%key(args)}: the key ends at the first '(' (InternationalizedStringExpression). */
    private static final Pattern LOCALIZED = Pattern.compile("\\$\\{%([^}(]+)");
    private static final Pattern ESCAPE_BY_DEFAULT =
            Pattern.compile("\\A(\\s|<!--.*?-->)*<\\?jelly\\s+escape-by-default\\s*=\\s*(['\"])true\\2\\s*\\?>",
                    Pattern.DOTALL);

    final Path file;
    final String text;
    private final Document document;

    private JellyView(Path file, String text, Document document) {
        this.file = file;
        this.text = text;
        this.document = document;
    }

    static JellyView read(Path file) {
        return parse(file, PluginLayout.read(file));
    }

    static JellyView parse(Path file, String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return new JellyView(file, text, builder.parse(new InputSource(new StringReader(text))));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException(file + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The view name, e.g. {@code config} for {@code config.jelly}; its localization is {@code config.properties}. */
    String name() {
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.length() - ".jelly".length());
    }

    boolean escapesByDefault() {
        return ESCAPE_BY_DEFAULT.matcher(text).find();
    }

    /** Values of {@code field="…"} on any element, in document order. */
    List<String> fields() {
        List<String> fields = new ArrayList<>();
        for (Element element : elements()) {
            if (element.hasAttribute("field")) {
                fields.add(element.getAttribute("field"));
            }
        }
        return fields;
    }

    /** Field names listed in {@code with="a,b"} (validate buttons and similar): they must be form fields too. */
    List<String> withFields() {
        List<String> fields = new ArrayList<>();
        for (Element element : elements()) {
            if (element.hasAttribute("with")) {
                for (String name : element.getAttribute("with").split(",")) {
                    if (!name.isBlank()) {
                        fields.add(name.trim());
                    }
                }
            }
        }
        return fields;
    }

    /** Names of web methods the view calls through {@code method="…"} (validate buttons). */
    List<String> calledMethods() {
        List<String> methods = new ArrayList<>();
        for (Element element : elements()) {
            if (element.getTagName().endsWith("validateButton") && element.hasAttribute("method")) {
                methods.add(element.getAttribute("method"));
            }
        }
        return methods;
    }

    /** Keys of every {@code ${%key}} in attributes and text. */
    Set<String> localizedKeys() {
        Set<String> keys = new LinkedHashSet<>();
        Matcher matcher = LOCALIZED.matcher(textAndAttributes());
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private String textAndAttributes() {
        StringBuilder all = new StringBuilder();
        collect(document.getDocumentElement(), all);
        return all.toString();
    }

    private static void collect(Node node, StringBuilder all) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            all.append(node.getNodeValue()).append('\n');
        }
        NamedNodeMap attributes = node.getAttributes();
        if (attributes != null) {
            for (int i = 0; i < attributes.getLength(); i++) {
                all.append(attributes.item(i).getNodeValue()).append('\n');
            }
        }
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            collect(children.item(i), all);
        }
    }

    private List<Element> elements() {
        List<Element> elements = new ArrayList<>();
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            elements.add((Element) all.item(i));
        }
        return elements;
    }

    @Override
    public String toString() {
        return PluginLayout.show(file);
    }
}
