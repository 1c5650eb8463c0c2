package org.lawkeeper.report.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Lawkeeper's name and version, as reports name the tool that wrote them. */
final class ToolInfo {
    static final String NAME = "Lawkeeper";
    /** The project version, filtered into {@code version.properties} by the build. */
    static final String VERSION = load().getProperty("version");

    private ToolInfo() {
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = ToolInfo.class.getResourceAsStream("version.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Lawkeeper's version", e);
        }
        return properties;
    }
}
