package org.lawkeeper.claims.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lawkeeper.claims.analysis.AnalysisCache;
import org.lawkeeper.claims.analysis.AnalysisSettings;
import org.lawkeeper.claims.analysis.DeclarationAnalyzer;
import org.lawkeeper.claims.analysis.DeclarationResult;
import org.lawkeeper.claims.scan.Declaration;
import org.lawkeeper.claims.scan.DeclarationScanner;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.LimitExceededException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.analysis.ClaimStatus;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ParameterBlock;

/** Custom models defined in a child JVM: bounded in time, output and size, and nothing outlives them. */
class ForkedModelsTest {

    private static ForkedModels forked(Duration timeout, Cancellation cancellation, Limits limits) throws Exception {
        return ForkedModels.forProject(List.of(Path.of(Fixtures.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI())), timeout, cancellation, limits);
    }

    private static Declaration declaration(Class<?> type) {
        return new Declaration(type.getSimpleName(), type.getName(), "", true, 1, 0, 0, List.of(), 0, "");
    }

    @Test
    void aDefinitionComesBackWithItsFingerprint() throws Exception {
        CustomModel model = forked(Duration.ofSeconds(30), Cancellation.none(), Limits.DEFAULT)
                .define(declaration(Fixtures.Hyperbola.class));
        assertEquals("hyperbola\nwith a newline", model.model().name());
        assertEquals(2, model.model().parameterCount());
        assertTrue(model.fingerprint().startsWith(Fixtures.Hyperbola.class.getName() + "#"), model.fingerprint());
    }

    @Test
    void aNetworkDefinedInJavaComesBackAsItsSpec() throws Exception {
        Model network = forked(Duration.ofSeconds(30), Cancellation.none(), Limits.DEFAULT)
                .define(declaration(Fixtures.SwiGluBlock.class)).model();
        assertEquals("net:3>swiglu(2)>dense(1)", network.name());
        assertEquals(List.of("B1", "C1", "W1"), network.blocks().stream().map(ParameterBlock::name).toList());
        assertTrue(network.network().isPresent() && !network.hasFactorisation(), "SiLU leaves no factorisation");
    }

    /**
     * A class defining a network in Java, scanned, defined in a child JVM and analysed, decides its claims as
     * the same network written as a spec does: SwiGLU keeps ‖W1's column‖² − ‖C1's row‖² per hidden unit, and
     * no law pairs B1 with W1 (SiLU breaks the rescaling a bilinear GLU would allow).
     */
    @Test
    void aNetworkDefinitionIsAnalysedLikeItsSpec() throws Exception {
        String claims = """
                @Conserves(flow = "gf", law = "norm2(W1, cols)^T - norm2(C1, rows)")
                @Conserves(flow = "gf", law = "norm2(W1, cols)^T - norm2(B1, rows)")
                """;
        String custom = "package org.lawkeeper.claims.custom;\nfinal class Fixtures {\n@LawModel\n" + claims
                + "public static final class SwiGluBlock implements ModelDefinition {}\n}\n";
        String spec = "@LawModel(\"net:3>swiglu(2)>dense(1)\")\n" + claims + "class SwiGlu {}\n";
        ForkedModels forked = forked(Duration.ofSeconds(30), Cancellation.none(), Limits.DEFAULT);
        DeclarationResult defined = analyse(custom, forked);
        DeclarationResult written = analyse(spec, declaration -> {
            throw new AssertionError("a spec needs no definition");
        });
        for (DeclarationResult result : List.of(defined, written)) {
            assertEquals("net:3>swiglu(2)>dense(1)", result.model());
            assertEquals(List.of(ClaimStatus.CONSERVED, ClaimStatus.VIOLATED),
                    result.claims().stream().map(c -> c.outcome().status()).toList());
            assertEquals(2, result.flow("gf").orElseThrow().count());
        }
        assertEquals(written.flow("gf").orElseThrow().laws(), defined.flow("gf").orElseThrow().laws());
    }

    private static DeclarationResult analyse(String source, CustomModels models) throws Exception {
        AnalysisSettings settings = new AnalysisSettings(Duration.ofSeconds(30), 1, true, 1e-9, 5);
        return new DeclarationAnalyzer(new AnalysisCache(), settings, Cancellation.none(), models, Limits.DEFAULT)
                .analyse(DeclarationScanner.scan(source).get(0));
    }

    @Test
    void theDefinitionsOwnFailureIsItsMessage() throws Exception {
        LawkeeperException e = assertThrows(LawkeeperException.class,
                () -> forked(Duration.ofSeconds(30), Cancellation.none(), Limits.DEFAULT).define(declaration(Fixtures.Failing.class)));
        assertTrue(e.getMessage().contains("define() failed: java.lang.IllegalStateException: no model today"),
                e.getMessage());
    }

    @Test
    void aDefinitionThatNeverReturnsIsKilledWithEveryProcessItStarted() throws Exception {
        long before = System.nanoTime();
        LawkeeperException e = assertThrows(LawkeeperException.class,
                () -> forked(Duration.ofSeconds(3), Cancellation.none(), Limits.DEFAULT).define(declaration(Fixtures.Spawner.class)));
        assertEquals("Spawner.define() did not finish within 3 s", e.getMessage());
        assertTrue(System.nanoTime() - before < 20e9, "killed promptly");
        assertFalse(sleepers(), "the process started by define() was killed with the child JVM");
    }

    @Test
    void cancellationStopsTheChild() throws Exception {
        Cancellation cancellation = Cancellation.none();
        Thread canceller = Thread.ofVirtual().start(() -> {
            while (!sleepers()) {
                Thread.onSpinWait();
            }
            cancellation.cancel();
        });
        assertThrows(CancelledException.class,
                () -> forked(Duration.ofSeconds(60), cancellation, Limits.DEFAULT).define(declaration(Fixtures.Spawner.class)));
        canceller.join();
        assertFalse(sleepers());
    }

    @Test
    void outputIsBounded() throws Exception {
        LawkeeperException e = assertThrows(LawkeeperException.class,
                () -> forked(Duration.ofSeconds(60), Cancellation.none(), Limits.DEFAULT).define(declaration(Fixtures.Chatty.class)));
        assertEquals("Chatty.define() printed more than 16 MB", e.getMessage());
    }

    @Test
    void theChildsHeapIsBounded() throws Exception {
        LawkeeperException e = assertThrows(LawkeeperException.class,
                () -> forked(Duration.ofSeconds(60), Cancellation.none(), Limits.DEFAULT).define(declaration(Fixtures.Greedy.class)));
        assertTrue(e.getMessage().contains("define() failed: java.lang.OutOfMemoryError"), e.getMessage());
    }

    @Test
    void sizeLimitsApplyToCustomModels() throws Exception {
        assertThrows(LimitExceededException.class,
                () -> forked(Duration.ofSeconds(30), Cancellation.none(), new Limits(1, 1000)).define(declaration(Fixtures.Hyperbola.class)));
    }

    /** Whether a process started by {@link Fixtures.Spawner} (the shell or its sleep) still runs. */
    private static boolean sleepers() {
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive).anyMatch(p -> p.info().arguments()
                .map(args -> List.of(args).contains(Fixtures.Spawner.MARK)
                        || List.of(args).equals(List.of(Fixtures.Spawner.SECONDS)))
                .orElse(false));
    }
}
