package org.lawkeeper.core.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lawkeeper.core.InconsistentResultException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.field.FlowFields;
import org.lawkeeper.core.field.GeneratingFields;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelBuilder;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.core.polynomial.Monomial;
import org.lawkeeper.core.polynomial.Polynomial;
import org.lawkeeper.core.polynomial.PolynomialMatrix;

/**
 * Counts split into independent blocks (docs/ALGORITHMS.md §3.7) against the general path, which counts the same
 * fields as a whole: the same count, rank and dimension on random block-structured fields and models; no split
 * where a field links two groups or a drift links everything.
 */
class DirectSumCountTest {
    @Test
    void randomPlantedBlocksCountAsTheirWhole() throws Exception {
        SplittableRandom random = new SplittableRandom(3207);
        for (int trial = 0; trial < 60; trial++) {
            PlantedBlocks planted = PlantedBlocks.random(random);
            Model named = placeholder(planted.fields().stateDimension());
            CountOptions options = CountOptions.defaults().withSeed(random.nextLong());

            CountResult apart = LawCounter.countBlockByBlock(named, gf(), planted.fields(), options);
            CountResult inParts = LawCounter.count(named, gf(), planted.fields(), options);
            CountResult whole = LawCounter.countAsAWhole(named, gf(), planted.fields(), options);

            String trialName = "trial " + trial + ", seed " + options.seed();
            assertSameCount(whole, apart, trialName);
            assertSameCount(whole, inParts, trialName);
            assertEquals(1, whole.blocks(), trialName);
            assertEquals(apart.blocks(), inParts.blocks(), trialName);
            assertTrue(apart.blocks() >= planted.blocks().size() - 1, trialName + ": " + apart.blocks() + " blocks");
            assertTrue(apart.count() >= 1, trialName + ": the unused variable is a law");
        }
    }

    @Test
    void randomBlockModelsCountAsTheirWholeUnderGradientAndMirrorFlows() throws Exception {
        SplittableRandom random = new SplittableRandom(1288);
        for (int trial = 0; trial < 30; trial++) {
            Model model = randomBlockModel(random, "random blocks " + trial);
            Flow flow = FlowSpec.parse(random.nextBoolean() ? "gf" : "mirror");
            CountOptions options = CountOptions.defaults().withSeed(random.nextLong());
            GeneratingFields fields = FlowFields.of(model, flow, Limits.DEFAULT);

            CountResult apart = LawCounter.countBlockByBlock(model, flow, fields, options);
            CountResult whole = LawCounter.countAsAWhole(model, flow, fields, options);

            assertSameCount(whole, apart, model + " under " + flow.spec());
            assertSameCount(whole, LawCounter.count(model, flow, options), model + " under " + flow.spec());
            assertTrue(apart.blocks() > 1, model + " under " + flow.spec());
        }
    }

    /** The example of docs/ALGORITHMS.md §3.7: two heads W1·H1 and W2·H2 with separate outputs, a block unused. */
    @Test
    void twoIndependentHeadsAndAnUnusedBlock() throws Exception {
        ModelBuilder builder = Model.builder("two heads");
        PolynomialMatrix w1 = builder.block("W1", 2, 3);
        PolynomialMatrix h1 = builder.block("H1", 3, 2);
        PolynomialMatrix w2 = builder.block("W2", 2, 3);
        PolynomialMatrix h2 = builder.block("H2", 3, 2);
        builder.block("unused", 1, 2);
        Model heads = builder.output(w1.times(h1)).output(w2.times(h2)).build();

        CountResult split = LawCounter.count(heads, gf(), CountOptions.defaults());

        // each head is linear:2,3,2, with r(r+1)/2 = 6 laws (docs/THEORY.md §12); the unused entries add 2
        assertEquals(6 + 6 + 2, split.count(), split.summary());
        assertEquals(26, split.stateDimension());
        assertEquals(2, split.blocks());
        assertSameCount(LawCounter.countAsAWhole(heads, gf(), FlowFields.of(heads, gf(), Limits.DEFAULT),
                CountOptions.defaults()), split, "two heads");
    }

    @ParameterizedTest(name = "{0} under {1}: {2} laws in {3} blocks")
    @CsvSource(delimiter = ';', value = {
        "relu:2,3,2; gf; 3; 3",
        "relu:3,4,2+bias; gf; 4; 4",
        "net:4>dense(3)>relu>dense(2); gf; 3; 3",
        "icnn:2,2,2+bias; mirror; 2; 2",
        "relu:2,3,2; momentum; 0; 1",
        "relu:2,3,2; natural; 3; 1",
        "linear:2,3,2; gf; 6; 1",
        "relu:2,2,3,2; gf; 5; 1",
        "nmf:2,2,2; mirror; 2; 1",
    })
    void builtInKindsSplitWhereTheirFieldsDo(String spec, String flowSpec, int laws, int blocks) throws Exception {
        Model model = ModelSpec.parse(spec).build(Limits.DEFAULT);
        Flow flow = FlowSpec.parse(flowSpec);
        CountResult result = LawCounter.count(model, flow, CountOptions.defaults());
        CountResult apart = LawCounter.countBlockByBlock(model, flow, FlowFields.of(model, flow, Limits.DEFAULT),
                CountOptions.defaults());
        assertEquals(laws, result.count(), result.summary());
        assertEquals(laws, apart.count(), apart.summary());
        assertEquals(blocks, result.blocks(), result.summary());
    }

    @Test
    void aFieldLinkingTwoGroupsKeepsTheWholeTogether() throws Exception {
        // φ = (x0 x1, x2 x3, x1 x2): the third component's gradient links {x0, x1} and {x2, x3}
        Model chain = explicit("chain", 4, monomial(0, 1), monomial(2, 3), monomial(1, 2));
        Model pairs = explicit("pairs", 4, monomial(0, 1), monomial(2, 3));

        CountResult linked = LawCounter.count(chain, gf(), CountOptions.defaults());
        CountResult apart = LawCounter.count(pairs, gf(), CountOptions.defaults());

        assertEquals(1, linked.blocks(), linked.summary());
        assertEquals(1, linked.count(), linked.summary());
        assertEquals(2, apart.blocks(), apart.summary());
        assertEquals(2, apart.count(), apart.summary());
    }

    @Test
    void momentumsDriftLinksEveryBlock() throws Exception {
        Model pairs = explicit("pairs", 4, monomial(0, 1), monomial(2, 3));
        for (String flow : List.of("momentum", "momentum:tau=1/2", "nesterov", "gf:wd=1/3")) {
            CountResult result = LawCounter.count(pairs, FlowSpec.parse(flow), CountOptions.defaults());
            assertEquals(1, result.blocks(), flow + ": " + result.summary());
        }
    }

    @Test
    void aNetworksDataIndexedFieldsAreCountedAsAWhole() throws Exception {
        Model relu = ModelSpec.parse("net:4>dense(3)>relu>dense(2)").build(Limits.DEFAULT);
        GeneratingFields dataIndexed = FlowFields.dataIndexed(relu, gf(), Limits.DEFAULT);
        CountResult result = LawCounter.count(relu, gf(), dataIndexed, CountOptions.defaults());
        assertEquals(1, result.blocks());
        assertEquals(3, result.count());
    }

    @Test
    void floatingPointCountsTheWhole() throws Exception {
        CountResult result = LawCounter.count(ModelSpec.parse("relu:2,3,2").build(Limits.DEFAULT), gf(),
                CountOptions.defaults().withExact(false));
        assertEquals(1, result.blocks());
        assertEquals(3, result.count());
    }

    @Test
    void primesThatDisagreeOnOneBlockOrPartAreReportedWithIt() throws Exception {
        CountOptions options = CountOptions.defaults().withSeed(5);
        long p = LawCounter.count(ModelSpec.parse("product:2").build(Limits.DEFAULT), gf(), options).primes().get(0);
        // block {w, z}: φ = wz; block {u, v}: φ = (u² + v², u² + (1 + p)v²), of rank 1 mod p and 2 otherwise
        // (docs/ALGORITHMS.md §5.5)
        Polynomial u2 = monomial(2, 2);
        Polynomial v2 = monomial(3, 3);
        Polynomial shifted = Polynomial.term(new BigFraction(p + 1), Monomial.of(3, 3));
        // and x4 unused, so that the two blocks together are a part smaller than the state
        Model model = explicit("coincidence beside a product", 5, monomial(0, 1), u2.plus(v2), u2.plus(shifted));
        GeneratingFields fields = FlowFields.of(model, gf(), Limits.DEFAULT);

        InconsistentResultException apart = assertThrows(InconsistentResultException.class,
                () -> LawCounter.countBlockByBlock(model, gf(), fields, options));
        InconsistentResultException together = assertThrows(InconsistentResultException.class,
                () -> LawCounter.count(model, gf(), fields, options));

        assertTrue(apart.getMessage().startsWith("exact ranks disagree: 1 mod " + p + " but 2 mod "),
                apart.getMessage());
        assertTrue(apart.getMessage().contains(" for independent block 2 of 2 (2 state variables) of coincidence"),
                apart.getMessage());
        assertTrue(together.getMessage().startsWith("exact ranks disagree: 2 mod " + p + " but 3 mod "),
                together.getMessage());
        assertTrue(together.getMessage().contains(" for independent blocks 1 to 2 of 2 (4 state variables) of "),
                together.getMessage());
    }

    @Test
    void smallBlocksAreCountedInPartsAndSingleVariablesApart() throws Exception {
        // 40 blocks {U1[i,k], U2[k,j]} of 2 variables each, D = 80: parts of 64 and 16 variables
        Model relu = ModelSpec.parse("relu:1,40,1").build(Limits.DEFAULT);
        GeneratingFields fields = FlowFields.of(relu, gf(), Limits.DEFAULT);
        CountOptions options = CountOptions.defaults();
        CountResult inParts = LawCounter.count(relu, gf(), fields, options);
        CountResult apart = LawCounter.countBlockByBlock(relu, gf(), fields, options);

        assertEquals(40, inParts.blocks());
        assertEquals(40, inParts.count());
        assertSameCount(apart, inParts, "relu:1,40,1");
        assertTrue(inParts.brackets() < apart.brackets(), inParts.brackets() + " brackets in parts, "
                + apart.brackets() + " block by block");

        // φ = (x0², x1², …): every block one variable, rank 1 each, nothing sampled
        Polynomial[] squares = new Polynomial[70];
        for (int i = 0; i < squares.length; i++) {
            squares[i] = monomial(i, i);
        }
        CountResult single = LawCounter.count(explicit("squares", 71, squares), gf(), options);
        assertEquals(70, single.blocks());
        assertEquals(70, single.rank());
        assertEquals(0, single.brackets());
    }

    @Test
    void progressClimbsOverTheWholeStateBlockByBlock() throws Exception {
        List<CountProgress.Step> steps = new ArrayList<>();
        Model relu = ModelSpec.parse("relu:3,4,2").build(Limits.DEFAULT);
        CountResult result = LawCounter.countBlockByBlock(relu, gf(), FlowFields.of(relu, gf(), Limits.DEFAULT),
                CountOptions.defaults().withProgress(steps::add));
        assertEquals(4, result.blocks());
        for (int i = 1; i < steps.size(); i++) {
            assertTrue(steps.get(i).rank() >= steps.get(i - 1).rank(), "rank never falls");
        }
        assertEquals(result.rank(), steps.getLast().rank());
        assertTrue(steps.stream().allMatch(s -> s.dimension() == result.stateDimension()));
        assertTrue(steps.stream().anyMatch(s -> s.rank() > 4 && s.level() == 1), "the second block adds to the first");
    }

    private static void assertSameCount(CountResult whole, CountResult split, String what) {
        assertEquals(whole.stateDimension(), split.stateDimension(), what);
        assertEquals(whole.rank(), split.rank(), what + ": " + whole.summary() + " as a whole, " + split.summary()
                + " in " + split.blocks() + " blocks");
        assertEquals(whole.count(), split.count(), what);
        assertEquals(whole.primes(), split.primes(), what + ": the same primes");
    }

    /**
     * A model of 2 to 5 blocks of 1 to 4 parameters, each with 1 to 3 outputs that are random products of its own
     * parameters, the blocks' parameters interleaved; parameter 0, and those of blocks smaller than 4, unused.
     */
    private static Model randomBlockModel(SplittableRandom random, String name) throws SpecException {
        int blocks = 2 + random.nextInt(4);
        int largest = 4;
        // block b owns parameters 1 + b, 1 + b + blocks, …: interleaved, past the unused parameter 0
        List<Polynomial> outputs = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            int size = 1 + random.nextInt(largest);
            int[] own = new int[size];
            for (int i = 0; i < size; i++) {
                own[i] = 1 + b + i * blocks;
            }
            for (int o = 0; o < 1 + random.nextInt(3); o++) {
                int[] factors = new int[1 + random.nextInt(3)];
                for (int f = 0; f < factors.length; f++) {
                    factors[f] = own[random.nextInt(size)];
                }
                outputs.add(Polynomial.term(new BigFraction(1 + random.nextInt(5)), Monomial.of(factors)));
            }
        }
        return explicit(name, 1 + blocks * largest, outputs.toArray(Polynomial[]::new));
    }

    private static Model explicit(String name, int parameters, Polynomial... outputs) throws SpecException {
        ModelBuilder builder = Model.builder(name.replace(' ', '_'));
        builder.block("x", parameters, 1);
        return builder.output(outputs).build();
    }

    private static Polynomial monomial(int... variables) {
        return Polynomial.term(BigFraction.ONE, Monomial.of(variables));
    }

    private static Flow gf() throws SpecException {
        return FlowSpec.parse("gf");
    }

    private static Model placeholder(int parameters) throws SpecException {
        return explicit("planted fields", parameters, Polynomial.variable(0));
    }
}
