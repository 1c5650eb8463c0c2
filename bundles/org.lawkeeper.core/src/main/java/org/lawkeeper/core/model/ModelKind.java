package org.lawkeeper.core.model;

import java.util.List;
import org.lawkeeper.core.SpecException;

/**
 * One kind of model spec ({@code linear}, {@code relu}, …): how its text is read, how its model is built
 * and which flows it is usually studied under. Every kind is registered in {@link ModelKinds}; adding a
 * kind touches that one place.
 */
public interface ModelKind {

    /** The word before the colon, e.g. {@code relu}. */
    String word();

    /** The spec's form, e.g. {@code relu:n1,…,nq+1[+bias]}. */
    String form();

    /** One example spec, e.g. {@code relu:3,4,2+bias}. */
    String example();

    /** The flows this kind is usually studied under, as specs (the first is the default). */
    List<String> defaultFlows();

    /**
     * The spec of {@code arguments}, the text after {@code word:}.
     *
     * @throws SpecException naming the offending part when the arguments are malformed
     */
    ModelSpec parse(String arguments) throws SpecException;
}
