package com.example;

import org.lawkeeper.api.Conserves;
import org.lawkeeper.api.LawModel;

/** A linear network 2 → 3 → 2: balanced under gradient flow. */
@LawModel("linear:2,3,2")
@Conserves(flow = "gf", law = "U1^T*U1 - U2*U2^T")
public class Deep {
}
