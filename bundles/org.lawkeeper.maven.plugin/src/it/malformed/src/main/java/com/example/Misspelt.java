package com.example;

import org.lawkeeper.api.Conserves;
import org.lawkeeper.api.LawModel;

/** The second block of this network is U2, not W. */
@LawModel("linear:2,3,2")
@Conserves(flow = "gf", law = "U1^T*U1 - W*W^T")
public class Misspelt {
}
