package org.lawkeeper.core.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.ModelSpec;

/**
 * Every count of docs/THEORY.md §12, in exact and in floating-point mode; momentum cases for τ = 0, a
 * rational τ > 0 and Nesterov.
 */
class CountOracleTest {
    private static final List<String> MOMENTUM_FLOWS = List.of("momentum", "momentum:tau=1/2", "nesterov");
    private static final List<String> MIRROR_MOMENTUM_FLOWS = List.of("mirror-momentum", "mirror-momentum:tau=3/2");

    static Stream<Arguments> oracles() {
        List<Arguments> cases = new ArrayList<>();
        // φ = uv: GF / MF = 1 / 0
        add(cases, "product:2", List.of("gf"), 1);
        add(cases, "product:2", MOMENTUM_FLOWS, 0);
        // φ = x1 x2 x3: GF 2
        add(cases, "product:3", List.of("gf"), 2);
        // 2-layer linear (n, r, m) with r ≤ n + m: GF r(r+1)/2
        add(cases, "linear:2,2,2", List.of("gf"), 3);
        add(cases, "linear:3,2,4", List.of("gf"), 3);
        add(cases, "linear:2,3,2", List.of("gf"), 6);
        add(cases, "linear:1,2,1", List.of("gf"), 3);
        add(cases, "linear:3,1,2", List.of("gf"), 1);
        // 2-layer linear (2,2,2) MF: 1; (n,m) ≠ (1,1), r ≤ n+m: r(r−1)/2
        add(cases, "linear:2,2,2", MOMENTUM_FLOWS, 1);
        add(cases, "linear:3,2,4", MOMENTUM_FLOWS, 1);
        add(cases, "linear:3,3,2", MOMENTUM_FLOWS, 3);
        add(cases, "linear:2,3,2", MOMENTUM_FLOWS, 3);
        // 3-layer linear [2,2,2,2]: 6 / 2; [2,3,2,2]: 9 / 4
        add(cases, "linear:2,2,2,2", List.of("gf"), 6);
        add(cases, "linear:2,2,2,2", MOMENTUM_FLOWS, 2);
        add(cases, "linear:2,3,2,2", List.of("gf"), 9);
        add(cases, "linear:2,3,2,2", MOMENTUM_FLOWS, 4);
        // 2-layer ReLU with r hidden neurons, ± bias: r / 0
        for (String relu : List.of("relu:2,3,2", "relu:2,3,2+bias", "relu:3,4,2", "relu:1,2,3+bias")) {
            int r = Integer.parseInt(relu.split("[:,+]")[2]);
            add(cases, relu, List.of("gf"), r);
            add(cases, relu, MOMENTUM_FLOWS, 0);
        }
        // ReLU [2,2,3,2]: GF 5
        add(cases, "relu:2,2,3,2", List.of("gf"), 5);
        // NMF (2,2,2), (3,3,3): mirror 2, 3; mirror momentum 0
        add(cases, "nmf:2,2,2", List.of("mirror"), 2);
        add(cases, "nmf:3,3,3", List.of("mirror"), 3);
        add(cases, "nmf:2,2,2", MIRROR_MOMENTUM_FLOWS, 0);
        add(cases, "nmf:3,3,3", MIRROR_MOMENTUM_FLOWS, 0);
        // ICNN (2,2,2) ± bias, (1,1,1): mirror 2, 1; mirror momentum 0
        add(cases, "icnn:2,2,2", List.of("mirror"), 2);
        add(cases, "icnn:2,2,2+bias", List.of("mirror"), 2);
        add(cases, "icnn:1,1,1", List.of("mirror"), 1);
        add(cases, "icnn:2,2,2", MIRROR_MOMENTUM_FLOWS, 0);
        add(cases, "icnn:2,2,2+bias", MIRROR_MOMENTUM_FLOWS, 0);
        add(cases, "icnn:1,1,1", MIRROR_MOMENTUM_FLOWS, 0);
        return cases.stream();
    }

    private static void add(List<Arguments> cases, String model, List<String> flows, int count) {
        for (String flow : flows) {
            for (boolean exact : new boolean[] {true, false}) {
                cases.add(Arguments.of(model, flow, exact, count));
            }
        }
    }

    @ParameterizedTest(name = "{0} under {1}, exact={2}: {3} laws")
    @MethodSource("oracles")
    void countMatchesOracle(String model, String flow, boolean exact, int expected) throws Exception {
        CountResult result = LawCounter.count(ModelSpec.parse(model).build(Limits.DEFAULT), FlowSpec.parse(flow),
                CountOptions.defaults().withExact(exact));

        assertEquals(expected, result.count(), result.summary());
        assertEquals(result.stateDimension() - result.rank(), result.count());
        assertEquals(exact, result.exact());
        assertEquals(exact ? 2 : 0, result.primes().size());
        assertEquals(!exact, result.agreement().isPresent());
        result.agreement().ifPresent(agreement -> assertTrue(
                agreement.smallestAccepted() > 1e3 * agreement.largestRejected(),
                "floating-point rank without a clear gap: " + result.summary()));
    }
}
