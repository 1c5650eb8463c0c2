package org.lawkeeper.harness.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.harness.LawCheck;
import org.lawkeeper.harness.Laws;
import org.lawkeeper.harness.check.DriftCheck;
import org.lawkeeper.harness.check.TrialVerdict;
import org.lawkeeper.harness.dynamics.FlowIntegrator;
import org.lawkeeper.harness.dynamics.SmoothLoss;
import org.lawkeeper.harness.gen.Gen;
import org.lawkeeper.harness.gen.Gens;
import org.lawkeeper.harness.property.Statistics;
import org.lawkeeper.harness.trials.Trial;
import org.lawkeeper.harness.trials.TrialGens;

class LawPropertyExtensionTest {
    private static final Pattern SEED = Pattern.compile("seed = \"(-?\\d+)\"");

    /** A true law as a property, with statistics and a coverage requirement. */
    @LawProperty(tries = 50, seed = "42")
    void balancednessHoldsUnderGradientFlow(@ForAll("gradientFlowTrials") Trial trial) {
        Statistics.cover(20, trial.model().parameterCount() > 4, "more than 4 parameters");
        TrialVerdict verdict = new DriftCheck(FlowIntegrator.DEFAULT).run(trial).verdict();
        Assumptions.assumeFalse(verdict instanceof TrialVerdict.Discarded, "dynamics not followed");
        assertTrue(verdict instanceof TrialVerdict.Conserved, verdict::toString);
    }

    Gen<Trial> gradientFlowTrials() throws Exception {
        return TrialGens.cases(TrialGens.architectures("linear", 2, 2, 3), FlowSpec.parse("gf"), "U1^T*U1 - U2*U2^T", 1);
    }

    @Test
    void failureShowsShrunkValuesAndASeedThatReplaysIt() {
        Run first = Run.of(Fixture.class);
        assertEquals(1, first.failures.size());
        String message = first.failures.get(0);
        assertTrue(message.contains("shrunk counterexample"), message);
        assertTrue(message.contains("  n = 10"), message); // the smallest n > 9
        Matcher seed = SEED.matcher(message);
        assertTrue(seed.find(), message);
        System.setProperty(LawCheck.SEED_PROPERTY, seed.group(1));
        try {
            Run replay = Run.of(Fixture.class);
            assertEquals(message, replay.failures.get(0));
        } finally {
            System.clearProperty(LawCheck.SEED_PROPERTY);
        }
        assertTrue(first.reports.stream().anyMatch(r -> r.contains("1 tries") && r.contains("large")), first.reports::toString);
    }

    @Test
    void unmetCoverageFailsTheProperty() {
        Run run = Run.of(CoverageFixture.class);
        assertEquals(1, run.failures.size());
        assertTrue(run.failures.get(0).contains("coverage of 'negative'"), run.failures.get(0));
    }

    @Test
    void frozenDynamicsFailAsVacuousAndAControlThatIsConservedToo() {
        Run frozen = Run.of(FrozenFixture.class);
        assertEquals(1, frozen.failures.size());
        assertTrue(frozen.failures.get(0).contains("coverage of 'control loss moved' is 0.0 %"), frozen.failures.get(0));
        Run controlled = Run.of(ControlledFixture.class);
        assertEquals(1, controlled.failures.size(), controlled.failures::toString);
        assertTrue(controlled.failures.get(0).contains("coverage of 'control U1^T*U1 - U2*U2^T moved' is 0.0 %"),
                controlled.failures.get(0));
        assertTrue(controlled.reports.stream().anyMatch(r -> r.contains("control norm2(U1) moved")),
                controlled.reports::toString);
    }

    /** Not run by itself (nested, no @Nested): a property with a counterexample. */
    static class Fixture {
        @LawProperty(tries = 100)
        void smallNumbers(@ForAll("numbers") int n, @ForAll("numbers") int m) {
            Statistics.label(n < 5 ? "small" : "large");
            assertTrue(n <= 9 || m < 0, "n = " + n);
        }

        Gen<Integer> numbers() {
            return Gens.integers(0, 1000);
        }
    }

    static class CoverageFixture {
        @LawProperty(tries = 20, seed = "1")
        void positive(@ForAll("numbers") int n) {
            Statistics.cover(10, n < 0, "negative");
        }

        Gen<Integer> numbers() {
            return Gens.integers(0, 10);
        }
    }

    /** A true law on dynamics that cannot move: a loss without gradient. */
    static class FrozenFixture {
        @LawProperty(tries = 10, seed = "1")
        void balancedness(@ForAll("frozen") Trial trial) {
            Laws.assertConserved(trial);
        }

        Gen<Trial> frozen() throws Exception {
            return new LawPropertyExtensionTest().gradientFlowTrials().map(t -> new Trial(t.model(), t.flow(), t.law(),
                    new SmoothLoss(new double[t.model().factorisation().size()],
                            new double[t.model().factorisation().size()], 0), t.theta(), t.velocity(), t.horizon()));
        }
    }

    /** Controls from the annotation: one that moves, and the law itself, which cannot. */
    static class ControlledFixture {
        @LawProperty(tries = 10, seed = "1", controls = "norm2(U1)")
        void aMovingControl(@ForAll("trials") Trial trial) {
            Laws.assertConserved(trial);
        }

        @LawProperty(tries = 10, seed = "1", controls = "U1^T*U1 - U2*U2^T")
        void theLawAsItsOwnControl(@ForAll("trials") Trial trial) {
            Laws.assertConserved(trial);
        }

        Gen<Trial> trials() throws Exception {
            return new LawPropertyExtensionTest().gradientFlowTrials();
        }
    }

    /** The failure messages and report entries of running one class. */
    private record Run(List<String> failures, List<String> reports) {
        static Run of(Class<?> type) {
            Run run = new Run(new ArrayList<>(), new ArrayList<>());
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(type))
                    .build(), new TestExecutionListener() {
                        @Override
                        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                            result.getThrowable().ifPresent(t -> run.failures.add(t.getMessage()));
                        }

                        @Override
                        public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
                            run.reports.addAll(entry.getKeyValuePairs().values());
                        }
                    });
            return run;
        }
    }
}
