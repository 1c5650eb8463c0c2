package models;

import org.lawkeeper.api.Conserves;
import org.lawkeeper.api.LawModel;

/** A ReLU network 2 → 4 → 3 with biases, trained by gradient flow and by heavy-ball momentum. */
@LawModel("relu:3,4,2+bias")
@Conserves(flow = "gf", law = "norm2(U2, rows) + norm2(b1, rows) - norm2(U1, cols)^T")
@Conserves(flow = "momentum:tau=1", law = "norm2(U2, rows) + norm2(b1, rows) - norm2(U1, cols)^T")
public class TinyRelu {
}
