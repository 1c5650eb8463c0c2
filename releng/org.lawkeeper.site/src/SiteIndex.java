import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Writes {@code index.html} into a built p2 repository, listing what its metadata holds: categories,
 * features (with description, copyright, licence and what they include) and bundles, each with its
 * version. Everything comes from the repository's own {@code content.jar} and {@code artifacts.jar},
 * so the page stays true to what p2 installs. Usage: {@code java SiteIndex.java REPOSITORY "REQUIRES"}
 * where REQUIRES is one sentence on what the features need (shown under the title).
 */
public final class SiteIndex {
    private static final String GROUP = "org.eclipse.equinox.p2.type.group";
    private static final String CATEGORY = "org.eclipse.equinox.p2.type.category";

    record Unit(String id, String version, Map<String, String> properties, List<String[]> requires,
            String copyright, String license, boolean bundle) {
        /** A property, resolved through the default locale when it is a %key. */
        String property(String name) {
            return localized(properties, properties.getOrDefault(name, ""));
        }
    }

    /** The text, or for a %key its default-locale value ("df_LT.key", where p2 puts feature.properties). */
    private static String localized(Map<String, String> properties, String value) {
        value = value.strip();
        if (value.startsWith("%")) {
            value = properties.getOrDefault("df_LT." + value.substring(1), value);
        }
        return value.strip();
    }

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(args[0]);
        String requires = args.length > 1 ? args[1] : "";
        Document content = readJarredXml(repository.resolve("content.jar"), "content.xml");
        Document artifacts = readJarredXml(repository.resolve("artifacts.jar"), "artifacts.xml");
        String repositoryName = content.getDocumentElement().getAttribute("name");

        List<Unit> units = new ArrayList<>();
        for (Element unit : children(content.getDocumentElement(), "units", "unit")) {
            units.add(unit(unit));
        }
        Map<String, Unit> byId = new LinkedHashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Map<String, Long> sizes = new TreeMap<>();
        for (Element artifact : children(artifacts.getDocumentElement(), "artifacts", "artifact")) {
            for (Element property : children(artifact, "properties", "property")) {
                if (property.getAttribute("name").equals("download.size")) {
                    sizes.put(artifact.getAttribute("classifier") + ":" + artifact.getAttribute("id") + ":"
                            + artifact.getAttribute("version"), Long.parseLong(property.getAttribute("value")));
                }
            }
        }

        List<Unit> categories = units.stream().filter(u -> "true".equals(u.properties().get(CATEGORY))).toList();
        List<Unit> features = units.stream()
                .filter(u -> "true".equals(u.properties().get(GROUP)) && u.id().endsWith(".feature.group"))
                .sorted((a, b) -> a.id().compareTo(b.id())).toList();
        List<Unit> bundles = units.stream().filter(Unit::bundle).sorted((a, b) -> a.id().compareTo(b.id())).toList();
        Map<String, TreeSet<String>> bundleInFeatures = new TreeMap<>();
        for (Unit feature : features) {
            for (String[] required : feature.requires()) {
                if (byId.containsKey(required[0]) && byId.get(required[0]).bundle()) {
                    bundleInFeatures.computeIfAbsent(required[0], k -> new TreeSet<>()).add(featureId(feature));
                }
            }
        }

        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\"/>\n");
        html.append("<title>").append(esc(repositoryName)).append(" — p2 update site</title>\n");
        html.append("""
                <style>
                body { font-family: sans-serif; margin: 2em auto; max-width: 60em; line-height: 1.4; }
                table { border-collapse: collapse; width: 100%; margin-bottom: 1.5em; }
                th, td { border: 1px solid #ccc; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
                th { background: #f2f2f2; }
                code, td.size { font-size: 0.95em; white-space: nowrap; }
                pre { white-space: pre-wrap; font-size: 0.85em; background: #f8f8f8; padding: 0.5em; max-height: 20em; overflow: auto; }
                </style>
                </head>
                <body>
                """);
        html.append("<h1>").append(esc(repositoryName)).append(" — p2 update site</h1>\n");
        html.append("<p>This folder is an Eclipse p2 repository. To install from it, choose <em>Help → Install New "
                + "Software…</em> in Eclipse, then <em>Add…</em> with this folder's address, or with <em>Archive…</em> "
                + "and the zip of the site.");
        if (!requires.isBlank()) {
            html.append(' ').append(esc(requires));
        }
        html.append("</p>\n");

        html.append("<h2 id=\"categories\">Categories</h2>\n");
        for (Unit category : categories) {
            html.append("<h3>").append(esc(category.property("org.eclipse.equinox.p2.name"))).append("</h3>\n");
            html.append("<p>").append(esc(category.property("org.eclipse.equinox.p2.description"))).append("</p>\n<ul>\n");
            for (String[] required : category.requires()) {
                Unit feature = byId.get(required[0]);
                if (feature != null) {
                    html.append("<li><a href=\"#").append(esc(featureId(feature))).append("\">")
                            .append(esc(feature.property("org.eclipse.equinox.p2.name"))).append("</a> <code>")
                            .append(esc(feature.version())).append("</code></li>\n");
                }
            }
            html.append("</ul>\n");
        }

        html.append("<h2 id=\"features\">Features</h2>\n");
        for (Unit feature : features) {
            String id = featureId(feature);
            html.append("<h3 id=\"").append(esc(id)).append("\">")
                    .append(esc(feature.property("org.eclipse.equinox.p2.name"))).append("</h3>\n");
            html.append("<table class=\"feature\">\n");
            row(html, "Identifier", "<code>" + esc(id) + "</code>");
            row(html, "Version", "<code class=\"version\">" + esc(feature.version()) + "</code>");
            row(html, "Provider", esc(feature.property("org.eclipse.equinox.p2.provider")));
            row(html, "Description", esc(feature.property("org.eclipse.equinox.p2.description")));
            row(html, "Copyright", esc(feature.copyright()));
            String license = feature.license();
            row(html, "Licence", license.isEmpty() ? "none given"
                    : esc(firstLine(license)) + "<details><summary>full text</summary><pre>" + esc(license)
                            + "</pre></details>");
            StringBuilder includes = new StringBuilder("<ul>");
            for (String[] required : feature.requires()) {
                Unit included = byId.get(required[0]);
                if (included == null || !(included.bundle() || included.id().endsWith(".feature.group"))) {
                    continue;
                }
                String name = included.bundle() ? included.id() : featureId(included);
                includes.append("<li><code>").append(esc(name)).append("</code> <code>")
                        .append(esc(included.version())).append("</code></li>");
            }
            row(html, "Includes", includes.append("</ul>").toString());
            html.append("</table>\n");
        }

        html.append("<h2 id=\"bundles\">Bundles</h2>\n<table class=\"bundles\">\n");
        html.append("<tr><th>Bundle</th><th>Version</th><th>Name</th><th>Provider</th><th>Size</th>"
                + "<th>In feature</th></tr>\n");
        for (Unit bundle : bundles) {
            Long size = sizes.get("osgi.bundle:" + bundle.id() + ":" + bundle.version());
            html.append("<tr><td><code>").append(esc(bundle.id())).append("</code></td><td><code>")
                    .append(esc(bundle.version())).append("</code></td><td>")
                    .append(esc(bundle.property("org.eclipse.equinox.p2.name"))).append("</td><td>")
                    .append(esc(bundle.property("org.eclipse.equinox.p2.provider"))).append("</td><td class=\"size\">")
                    .append(size == null ? "" : (size + 1023) / 1024 + " KB").append("</td><td>")
                    .append(esc(String.join(", ", bundleInFeatures.getOrDefault(bundle.id(), new TreeSet<>()))))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
        html.append("<p><small>Generated at build time from this repository's p2 metadata (content.jar, "
                + "artifacts.jar) by releng/org.lawkeeper.site/src/SiteIndex.java.</small></p>\n");
        html.append("</body>\n</html>\n");
        Path index = repository.resolve("index.html");
        Files.writeString(index, html, StandardCharsets.UTF_8);
        System.out.println("site index: " + index + " (" + features.size() + " features, " + bundles.size()
                + " bundles, " + categories.size() + " categories)");
    }

    private static String featureId(Unit feature) {
        return feature.id().substring(0, feature.id().length() - ".feature.group".length());
    }

    private static void row(StringBuilder html, String name, String value) {
        html.append("<tr><th>").append(name).append("</th><td>").append(value).append("</td></tr>\n");
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }

    private static Unit unit(Element unit) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (Element property : children(unit, "properties", "property")) {
            properties.put(property.getAttribute("name"), property.getAttribute("value"));
        }
        List<String[]> requires = new ArrayList<>();
        for (Element required : children(unit, "requires", "required")) {
            if (required.getAttribute("namespace").equals("org.eclipse.equinox.p2.iu")) {
                requires.add(new String[] { required.getAttribute("name"), required.getAttribute("range") });
            }
        }
        boolean bundle = false;
        for (Element provided : children(unit, "provides", "provided")) {
            bundle |= provided.getAttribute("namespace").equals("osgi.bundle");
        }
        String copyright = text(unit, "copyright");
        String license = "";
        for (Element element : children(unit, "licenses", "license")) {
            license = element.getTextContent();
        }
        return new Unit(unit.getAttribute("id"), unit.getAttribute("version"), properties, requires,
                localized(properties, copyright), localized(properties, license), bundle);
    }

    private static String text(Element parent, String name) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(name)) {
                return element.getTextContent();
            }
        }
        return "";
    }

    /** The elements {@code parent/container/name}. */
    private static List<Element> children(Element parent, String container, String name) {
        List<Element> result = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(container)) {
                NodeList list = element.getChildNodes();
                for (int i = 0; i < list.getLength(); i++) {
                    if (list.item(i) instanceof Element item && item.getTagName().equals(name)) {
                        result.add(item);
                    }
                }
            }
        }
        return result;
    }

    private static Document readJarredXml(Path jar, String entry) throws Exception {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry zipEntry = zip.getEntry(entry);
            if (zipEntry == null) {
                throw new IOException(jar + " holds no " + entry);
            }
            try (InputStream in = zip.getInputStream(zipEntry)) {
                return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            }
        }
    }

    private static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
