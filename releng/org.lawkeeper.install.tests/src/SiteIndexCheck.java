import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks the built update site against its own p2 metadata: index.html is well-formed XML, names every
 * feature (under its id, with its version) and every bundle (with its version), and the category; the
 * site zip holds the same index.html; every feature has a description, a copyright naming EPL-2.0 and
 * as licence exactly the text of the LICENSE file. Usage: {@code SiteIndexCheck SITE_TARGET_DIR LICENSE}.
 */
public final class SiteIndexCheck {
    private static final List<String> problems = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        String licenseText = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8).strip();
        Path repository = target.resolve("repository");
        Path indexFile = repository.resolve("index.html");
        if (!Files.isRegularFile(indexFile)) {
            fail("no " + indexFile);
            finish();
            return;
        }
        byte[] indexBytes = Files.readAllBytes(indexFile);
        Document index;
        try {
            index = parse(new ByteArrayInputStream(indexBytes));
        } catch (Exception e) {
            fail("index.html is not well-formed: " + e.getMessage());
            finish();
            return;
        }
        Map<String, Element> byId = new HashMap<>();
        collectIds(index.getDocumentElement(), byId);
        String bundleTable = textOf(index, "table", "bundles");

        Document content = parse(entry(repository.resolve("content.jar"), "content.xml"));
        int features = 0;
        int bundles = 0;
        int categories = 0;
        NodeList units = content.getElementsByTagName("unit");
        for (int i = 0; i < units.getLength(); i++) {
            Element unit = (Element) units.item(i);
            String id = unit.getAttribute("id");
            String version = unit.getAttribute("version");
            Map<String, String> properties = properties(unit);
            if ("true".equals(properties.get("org.eclipse.equinox.p2.type.category"))) {
                categories++;
                String name = properties.getOrDefault("org.eclipse.equinox.p2.name", "");
                check(new String(indexBytes, StandardCharsets.UTF_8).contains(name), "index.html lacks category " + name);
                check(!properties.getOrDefault("org.eclipse.equinox.p2.description", "").isBlank(),
                        "category " + name + " has no description");
            } else if (id.endsWith(".feature.group")) {
                features++;
                String feature = id.substring(0, id.length() - ".feature.group".length());
                Element section = byId.get(feature);
                check(section != null, "index.html has no section for feature " + feature);
                String listed = section == null ? "" : section.getTextContent() + textAfter(section);
                check(listed.contains(version), "index.html does not give feature " + feature + " version " + version);
                check(!localized(properties, "org.eclipse.equinox.p2.description").isBlank(),
                        "feature " + feature + " has no description");
                String copyright = localized(properties, childText(unit, "copyright"));
                check(copyright.contains("EPL-2.0"), "the copyright of feature " + feature + " does not name EPL-2.0");
                String license = localized(properties, childText(unit, "license"));
                check(license.equals(licenseText), "the licence of feature " + feature
                        + " is not the text of LICENSE (" + license.length() + " vs " + licenseText.length() + " characters)");
                System.out.println("site index check: feature " + feature + " " + version + " listed, with description,"
                        + " copyright and the EPL-2.0 licence");
            } else if (isBundle(unit)) {
                bundles++;
                check(bundleTable.contains(id) && bundleTable.contains(version),
                        "index.html does not list bundle " + id + " " + version);
            }
        }
        check(features >= 2, "the site holds " + features + " features, expected both Lawkeeper features");
        check(categories >= 1, "the site has no category");

        try (Stream<Path> files = Files.list(target)) {
            List<Path> zips = files.filter(p -> p.getFileName().toString().endsWith(".zip")).toList();
            check(zips.size() == 1, "expected one site zip in " + target + ", found " + zips);
            for (Path zip : zips) {
                try (ZipFile file = new ZipFile(zip.toFile())) {
                    ZipEntry entry = file.getEntry("index.html");
                    check(entry != null, zip.getFileName() + " holds no index.html");
                    if (entry != null) {
                        try (InputStream in = file.getInputStream(entry)) {
                            check(Arrays.equals(in.readAllBytes(), indexBytes),
                                    "the index.html in " + zip.getFileName() + " differs from the folder's");
                        }
                    }
                }
            }
        }
        System.out.println("site index check: index.html is well-formed and lists " + features + " features, "
                + bundles + " bundles and " + categories + " category as the p2 metadata holds them");
        finish();
    }

    private static void finish() {
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("site index check FAILED: " + p));
            System.exit(1);
        }
    }

    private static void fail(String problem) {
        problems.add(problem);
    }

    private static void check(boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    private static boolean isBundle(Element unit) {
        NodeList provided = unit.getElementsByTagName("provided");
        for (int i = 0; i < provided.getLength(); i++) {
            if (((Element) provided.item(i)).getAttribute("namespace").equals("osgi.bundle")) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> properties(Element unit) {
        Map<String, String> result = new HashMap<>();
        NodeList list = unit.getElementsByTagName("property");
        for (int i = 0; i < list.getLength(); i++) {
            Element property = (Element) list.item(i);
            if (property.getParentNode().getParentNode() == unit) {
                result.put(property.getAttribute("name"), property.getAttribute("value"));
            }
        }
        return result;
    }

    /** A property (or text) resolved through the default locale when it is a %key. */
    private static String localized(Map<String, String> properties, String keyOrText) {
        String value = properties.getOrDefault(keyOrText, keyOrText).strip();
        if (value.startsWith("%")) {
            value = properties.getOrDefault("df_LT." + value.substring(1), value);
        }
        return value.strip();
    }

    private static String childText(Element unit, String tag) {
        NodeList list = unit.getElementsByTagName(tag);
        return list.getLength() == 0 ? "" : list.item(0).getTextContent();
    }

    private static void collectIds(Element element, Map<String, Element> byId) {
        if (element.hasAttribute("id")) {
            byId.put(element.getAttribute("id"), element);
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                collectIds(child, byId);
            }
        }
    }

    /** The text of the element after a feature's heading (its table). */
    private static String textAfter(Element heading) {
        for (var node = heading.getNextSibling(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element.getTextContent();
            }
        }
        return "";
    }

    private static String textOf(Document document, String tag, String cssClass) {
        NodeList list = document.getElementsByTagName(tag);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < list.getLength(); i++) {
            Element element = (Element) list.item(i);
            if (element.getAttribute("class").equals(cssClass)) {
                text.append(element.getTextContent());
            }
        }
        return text.toString();
    }

    private static InputStream entry(Path jar, String name) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw new IOException(jar + " holds no " + name);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new ByteArrayInputStream(in.readAllBytes());
            }
        }
    }

    private static Document parse(InputStream in) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
}
