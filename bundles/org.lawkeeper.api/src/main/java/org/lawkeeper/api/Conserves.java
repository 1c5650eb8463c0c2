package org.lawkeeper.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Claims that the model of a {@link LawModel} class conserves {@link #law()} under {@link #flow()}.
 * Repeatable: one annotation per claimed law and flow.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Conserves.List.class)
public @interface Conserves {

    /** The flow spec: {@code gf}, {@code natural}, {@code mirror}, {@code momentum[:tau=X]}, {@code nesterov}, … */
    String flow();

    /** The law in the law language, e.g. {@code "U1^T*U1 - U2*U2^T"}. */
    String law();

    /** The container of repeated {@link Conserves} annotations; written by the compiler. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {

        /** The repeated claims. */
        Conserves[] value();
    }
}
