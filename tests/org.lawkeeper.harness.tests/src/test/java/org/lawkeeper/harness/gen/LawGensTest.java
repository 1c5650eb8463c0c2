package org.lawkeeper.harness.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.harness.trials.Trial;
import org.lawkeeper.harness.trials.TrialGens;

class LawGensTest {

    @Test
    void architecturesCoverTheirRangeAndStartSmallest() {
        Gen<Model> models = TrialGens.architectures("relu+bias", 2, 3, 3);
        assertEquals("relu:1,1,1+bias", models.generate(Choices.replay(new long[0])).name());
        Set<Integer> depths = new HashSet<>();
        for (int seed = 0; seed < 100; seed++) {
            depths.add(models.generate(Choices.fresh(seed)).blocks().size());
        }
        assertEquals(Set.of(3, 5), depths); // 2 or 3 weight layers, plus 1 or 2 bias blocks
    }

    @Test
    void mirrorTrialsStartPositiveAndOthersMayBeNegative() throws Exception {
        Model linear = ModelSpec.parse("linear:2,2,2").build(Limits.DEFAULT);
        boolean negative = false;
        for (int seed = 0; seed < 50; seed++) {
            Trial mirror = TrialGens.cases(Gens.constant(linear), FlowSpec.parse("mirror"), "U1^T*U1 - U2*U2^T", 1)
                    .generate(Choices.fresh(seed));
            for (double x : mirror.theta()) {
                assertTrue(x > 0, mirror::describe);
            }
            Trial gf = TrialGens.cases(Gens.constant(linear), FlowSpec.parse("gf"), "U1^T*U1 - U2*U2^T", 1)
                    .generate(Choices.fresh(seed));
            for (double x : gf.theta()) {
                negative |= x < 0;
            }
        }
        assertTrue(negative);
    }

    @Test
    void aLawThatDoesNotFitTheArchitectureDiscardsTheTry() throws Exception {
        Gen<Trial> cases = TrialGens.cases(Gens.constant(ModelSpec.parse("linear:2,2").build(Limits.DEFAULT)),
                FlowSpec.parse("gf"), "U2", 1);
        DiscardedException e = assertThrows(DiscardedException.class, () -> cases.generate(Choices.fresh(1)));
        assertTrue(e.getMessage().contains("linear:2,2"), e.getMessage());
    }
}
