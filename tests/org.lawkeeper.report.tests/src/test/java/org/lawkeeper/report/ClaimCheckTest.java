package org.lawkeeper.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;

/** A source tree checked: every declaration found, decided as the IDE decides it, and restricted by filters. */
class ClaimCheckTest {

    @Test
    void everyDeclarationOfTheSourceRootsIsDecided() throws Exception {
        CheckResult result = Fixture.result();
        assertEquals(List.of(Fixture.DEEP, Fixture.HUGE, Fixture.MISSPELT, Fixture.PRODUCT),
                result.files().stream().map(CheckedFile::name).toList(), "hidden folders and plain classes left out");
        assertEquals(5, result.scanned(), "every Java file of the roots was read; the missing root is no error");
        assertEquals(4, result.declarations());
        assertEquals(List.of(
                Fixture.DEEP + ":8 conserved", Fixture.DEEP + ":9 violated", Fixture.DEEP + ":9 incomplete",
                Fixture.HUGE + ":3 model",
                Fixture.MISSPELT + ":4 malformed", Fixture.MISSPELT + ":4 incomplete",
                Fixture.PRODUCT + ":3 conserved", Fixture.PRODUCT + ":3 incomplete"),
                result.findings().map(f -> f.file().name() + ":" + f.finding().location().line() + " "
                        + f.finding().kind().id()).toList());
        assertEquals(Fixture.source(Fixture.DEEP), result.files().get(0).source());
    }

    @Test
    void filtersLeaveClassesAndFlowsOut() throws Exception {
        CheckResult result = ClaimCheck.run(Fixture.tree(),
                Fixture.options(new ClaimFilter(List.of("models.Deep", " "), List.of("gf"))));
        assertEquals(List.of(Fixture.DEEP + ":8 conserved"), result.findings().map(f -> f.file().name() + ":"
                + f.finding().location().line() + " " + f.finding().kind().id()).toList());
        assertEquals(List.of("models.Deep momentum", "models.Misspelt gf", "models.ProductTest gf"),
                result.skipped().map(s -> s.type() + " " + s.claim().flow()).toList());
        assertEquals("models models.Deep; flows gf", result.filter().toString());
    }

    @Test
    void modelGlobsMatchSpecsToo() throws Exception {
        CheckResult result = ClaimCheck.run(Fixture.tree(), Fixture.options(new ClaimFilter(List.of("product:*",
                "models.Hu?e"), List.of())));
        assertEquals(List.of(Fixture.HUGE, Fixture.PRODUCT), result.files().stream()
                .filter(f -> !f.results().isEmpty()).map(CheckedFile::name).toList());
    }

    @Test
    void aSourceInAnotherEncodingIsNamed(@TempDir Path base) throws Exception {
        Files.write(base.resolve("Latin.java"), new byte[] { 'c', 'l', 'a', 's', 's', ' ', (byte) 0xE9, ' ', '{', '}' });
        SourceTree tree = new SourceTree(base, List.of(base), StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> ClaimCheck.run(tree, Fixture.options(ClaimFilter.ALL)));
        assertEquals("Latin.java is not valid UTF-8 text", e.getMessage());
    }

    @Test
    void aCancelledCheckStops() throws Exception {
        Cancellation cancelled = Cancellation.none();
        cancelled.cancel();
        CheckOptions options = Fixture.options(ClaimFilter.ALL);
        assertThrows(CancelledException.class, () -> ClaimCheck.run(Fixture.tree(), new CheckOptions(options.settings(),
                options.limits(), options.filter(), options.customModels(), cancelled)));
    }

    @Test
    void settingsOutOfRangeAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CheckOptions.settings(0,
                Duration.ofSeconds(1), 1e-9, 1)).getMessage().startsWith("tries must lie between 1 and"));
        assertEquals("the tolerance must lie strictly between 0 and 1, not 2.0", assertThrows(
                IllegalArgumentException.class, () -> CheckOptions.settings(1, Duration.ofSeconds(1), 2, 1))
                .getMessage());
        assertEquals("the time budget must be positive, not 0.0 s", assertThrows(IllegalArgumentException.class,
                () -> CheckOptions.settings(1, Duration.ZERO, 1e-9, 1)).getMessage());
    }
}
