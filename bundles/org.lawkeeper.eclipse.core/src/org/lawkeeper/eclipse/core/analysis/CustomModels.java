package org.lawkeeper.eclipse.core.analysis;

import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.eclipse.core.scan.Declaration;

/** Defines the model of a declaration whose class implements {@code ModelDefinition}: runs user code. */
@FunctionalInterface
public interface CustomModels {

    /**
     * The model the declaration's class defines.
     *
     * @throws LawkeeperException with a user-readable message when the definition fails or takes too long
     */
    CustomModel define(Declaration declaration) throws LawkeeperException;
}
