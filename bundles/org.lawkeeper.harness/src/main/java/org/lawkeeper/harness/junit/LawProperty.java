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
 * @LawProperty(tries = 200)
 * void balancedness(@ForAll("trials") LawCase trial) { … }
 *
 * Gen<LawCase> trials() { return LawGens.cases(LawGens.architectures("linear", 2, 3, 3), GF, LAW, 2); }
 * }</pre>
 *
 * Inside the body, {@code Statistics.label}/{@code cover} record what was generated (published as a
 * report entry of the test), assumptions that fail discard the try, and assertions fail the property.
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
}
