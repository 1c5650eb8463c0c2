package org.lawkeeper.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.lawkeeper.claims.custom.CustomModels;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.count.CountOptions;

/**
 * A small project's source tree with every kind of finding, written under {@code target/}, and its check,
 * computed once for all tests (the analysis takes a few seconds).
 */
public final class Fixture {
    /** Line 8: conserved under gf; line 9: violated under momentum, with missing laws under momentum. */
    public static final String DEEP = "src/main/java/models/Deep.java";
    /** Line 4: a law naming a block the model does not have, with missing laws under gf. */
    public static final String MISSPELT = "src/main/java/models/Misspelt.java";
    /** Line 3: a model too large to analyse. */
    public static final String HUGE = "src/main/java/models/Huge.java";
    /** Line 3: conserved under gf, one of two laws claimed. */
    public static final String PRODUCT = "src/test/java/models/ProductTest.java";

    private static final Map<String, String> SOURCES = Map.of(DEEP, """
            package models;

            import org.lawkeeper.api.Conserves;
            import org.lawkeeper.api.LawModel;

            /** A linear network 2 → 3 → 2. */
            @LawModel("linear:2,3,2")
            @Conserves(flow = "gf", law = "U1^T*U1 - U2*U2^T")
            @Conserves(flow = "momentum", law = "U1^T*U1 - U2*U2^T")
            public class Deep {
            }
            """, MISSPELT, """
            package models;

            @LawModel("linear:2,3,2")
            @Conserves(flow = "gf", law = "U1^T*U1 - W*W^T")
            class Misspelt {
            }
            """, HUGE, """
            package models;

            @LawModel("linear:100,100,100")
            class Huge {
            }
            """, PRODUCT, """
            package models;
            @LawModel("product:3")
            @Conserves(flow = "gf", law = "x[1]^2 - x[2]^2")
            class ProductTest {
            }
            """, "src/main/java/models/Plain.java", """
            package models;

            class Plain {
                String text = "not a LawModel";
            }
            """, "src/main/java/.generated/Hidden.java", """
            @LawModel("linear:2,2,2")
            @Conserves(flow = "gf", law = "U1^T*U1 - U2*U2^T")
            class Hidden {
            }
            """);

    /** Custom models are the claims library's business (and the plugin's integration tests'): none here. */
    static final CustomModels NO_CUSTOM_MODELS = declaration -> {
        throw new LawkeeperException("no custom models in this fixture");
    };

    private static CheckResult result;

    private Fixture() {
    }

    /** The tree, written afresh under {@code target/} (the tests' working folder is the module). */
    public static SourceTree tree() throws IOException {
        Path base = Path.of("target", "fixture-tree").toAbsolutePath();
        for (Map.Entry<String, String> source : SOURCES.entrySet()) {
            Path file = base.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
        }
        return new SourceTree(base, List.of(base.resolve("src/main/java"), base.resolve("src/test/java"),
                base.resolve("src/it/java")), StandardCharsets.UTF_8);
    }

    /** Options with a few tries, the default seed, and no restriction unless {@code filter} says so. */
    public static CheckOptions options(ClaimFilter filter) {
        return new CheckOptions(CheckOptions.settings(5, Duration.ofSeconds(30), 1e-9, CountOptions.DEFAULT_SEED),
                Limits.DEFAULT, filter, NO_CUSTOM_MODELS, Cancellation.none());
    }

    /** The check of the whole tree, computed on first use. */
    public static synchronized CheckResult result() throws IOException, CancelledException {
        if (result == null) {
            result = ClaimCheck.run(tree(), options(ClaimFilter.ALL));
        }
        return result;
    }

    /** The source of the file named {@code name} in the checked tree. */
    public static String source(String name) {
        return SOURCES.get(name);
    }
}
