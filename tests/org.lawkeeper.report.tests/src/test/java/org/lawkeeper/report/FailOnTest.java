package org.lawkeeper.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each level of the fail-on policy, on findings of every kind. */
class FailOnTest {

    private static List<String> failing(FailOn level) throws Exception {
        return Fixture.result().failing(level).stream().map(f -> f.finding().location().line() + " "
                + f.finding().kind().id()).toList();
    }

    @Test
    void eachLevelIncludesTheOneBefore() throws Exception {
        assertEquals(List.of(), failing(FailOn.NEVER));
        assertEquals(List.of("9 violated"), failing(FailOn.VIOLATED));
        assertEquals(List.of("9 violated", "4 malformed"), failing(FailOn.MALFORMED),
                "errors only: a model too large is a warning");
        assertEquals(List.of("9 violated", "9 incomplete", "3 model", "4 malformed", "4 incomplete", "3 incomplete"),
                failing(FailOn.MISSING), "anything but a conserved claim");
    }

    @Test
    void levelsAreNamedInAnyCase() {
        assertEquals(FailOn.MALFORMED, FailOn.parse(" Malformed "));
        assertEquals("fail-on level must be one of never, violated, malformed, missing, not 'sometimes'",
                assertThrows(IllegalArgumentException.class, () -> FailOn.parse("sometimes")).getMessage());
    }
}
