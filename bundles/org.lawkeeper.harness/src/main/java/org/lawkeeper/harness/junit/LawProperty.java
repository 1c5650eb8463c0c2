package org.lawkeeper.harness.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lawkeeper.harness.property.Statistics;

/**
 * A property test: the method runs once per try with fresh values for its {@link ForAll} parameters,
 * and fails with the shrunk counterexample and the seed that replays it.
 *
 * <pre>{@code
 * @LawProperty(tries = 200, controls = "norm2(U1)")
 * void balancedness(@ForAll("trials") Trial trial) { Laws.assertConserved(trial); }
 *
 * Gen<Trial> trials() { return TrialGens.cases(TrialGens.architectures("linear", 2, 3, 3), GF, LAW, 2); }
 * }</pre>
 *
 * Inside the body, {@code Statistics.label}/{@code cover} record what was generated (published as a
 * report entry of the test), assumptions that fail discard the try, and assertions fail the property.
 * {@code Laws.assertConserved(trial)} also requires the trial's negative controls (the loss, and those
 * named by {@link #controls}) to move on enough tries, so that a property cannot pass on frozen dynamics.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Test
@ExtendWith(LawPropertyExtension.class)
public @interface LawProperty {

    /** Judged tries wanted. */
    int tries() default 100;

    /** The seed, as printed by a failing run; empty for a fresh random seed. {@code -Dlawkeeper.seed} overrides it. */
    String seed() default "";

    /** Give up (without failing) after this many discarded tries per wanted try. */
    int maxDiscardRatio() default 5;

    /** Stop trying new cases after this many seconds. */
    int seconds() default 60;

    /** The most candidates tried while shrinking a counterexample. */
    int shrinkBudget() default 2000;

    /**
     * Negative controls added to every generated {@code Trial} argument: expressions of the law language
     * that must not be conserved, e.g. {@code "norm2(W1)"} (see {@code LawCheck.control}).
     */
    String[] controls() default {};
}
