package org.lawkeeper.claims.custom;

import org.lawkeeper.claims.scan.Declaration;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.model.ModelDefinition;

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
