package org.lawkeeper.harness.dynamics;

/**
 * A loss of a network's outputs on data: its predictions are f(x_1; θ), …, f(x_K; θ), computed by
 * {@link NetworkOutputs_F64} from the inputs of {@link #data()}.
 */
public sealed interface NetworkLoss extends Loss permits NetworkSquareLoss, CrossEntropyLoss {

    /** The inputs the network sees and the targets the loss compares with. */
    NetworkData data();
}
