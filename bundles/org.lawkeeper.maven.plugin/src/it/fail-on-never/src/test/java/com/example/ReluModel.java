package com.example;

import org.lawkeeper.api.Conserves;
import org.lawkeeper.api.LawModel;

/** Per-neuron rescaling survives gradient flow, not heavy-ball momentum. */
@LawModel("relu:2,3,2")
@Conserves(flow = "gf", law = "norm2(U2, rows) - norm2(U1, cols)^T")
@Conserves(flow = "momentum", law = "norm2(U2, rows) - norm2(U1, cols)^T")
class ReluModel {
}
