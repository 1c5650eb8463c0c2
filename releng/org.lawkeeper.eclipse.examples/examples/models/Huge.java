package models;

import org.lawkeeper.api.Conserves;
import org.lawkeeper.api.LawModel;

/** 20 000 parameters: analysed in the background, in about an hour on two cores. */
@LawModel("linear:100,100,100")
@Conserves(flow = "gf", law = "U1^T*U1 - U2*U2^T")
public class Huge {
}
