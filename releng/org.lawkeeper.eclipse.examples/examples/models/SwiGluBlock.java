package models;

import org.lawkeeper.api.Conserves;
import org.lawkeeper.api.LawModel;

/**
 * The gated feed-forward block of current transformers, 3 → 2 → 1: x ↦ W1(SiLU(B1x) ⊙ C1x). Gradient flow
 * keeps, per hidden unit, ‖column of W1‖² − ‖row of C1‖²; the law a bilinear GLU has for B1 does not
 * survive the SiLU.
 */
@LawModel("net:3>swiglu(2)>dense(1)")
@Conserves(flow = "gf", law = "norm2(W1, cols)^T - norm2(C1, rows)")
@Conserves(flow = "gf", law = "norm2(W1, cols)^T - norm2(B1, rows)")
public class SwiGluBlock {
}
