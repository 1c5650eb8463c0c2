package models;

import org.lawkeeper.api.Conserves;
import org.lawkeeper.api.LawModel;

/** A claim over a block the model does not have. */
@LawModel("linear:2,3,2")
@Conserves(flow = "gf", law = "U1^T*W")
public class Misspelt {
}
