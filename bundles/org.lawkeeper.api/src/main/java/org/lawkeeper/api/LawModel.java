package org.lawkeeper.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.lawkeeper.core.model.ModelDefinition;

/**
 * Declares the model a class stands for, so that Lawkeeper analyses its {@link Conserves} claims.
 *
 * <p>The value is a built-in model spec such as {@code "relu:3,4,2+bias"} or {@code "linear:2,3,2"}
 * (see {@code ./lawkeeper help count}). Leave it empty on a class implementing
 * {@code org.lawkeeper.core.model.ModelDefinition} to analyse the model that class builds.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LawModel {

    /** The model spec, or {@code ""} for a {@code ModelDefinition}. */
    String value() default "";
}
