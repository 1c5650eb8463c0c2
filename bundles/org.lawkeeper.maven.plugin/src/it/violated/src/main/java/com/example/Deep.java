package com.example;

import org.lawkeeper.api.Conserves;
import org.lawkeeper.api.LawModel;

/** A linear network 2 → 3 → 2: balancedness holds under gradient flow, not under momentum. */
@LawModel("linear:2,3,2")
@Conserves(flow = "gf", law = "U1^T*U1 - U2*U2^T")
@Conserves(flow = "momentum", law = "U1^T*U1 - U2*U2^T")
public class Deep {
}
