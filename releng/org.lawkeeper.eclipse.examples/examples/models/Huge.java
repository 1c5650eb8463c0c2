package models;

import org.lawkeeper.api.Conserves;
import org.lawkeeper.api.LawModel;

/** 20 000 parameters: beyond the default analysis limits. */
@LawModel("linear:100,100,100")
@Conserves(flow = "gf", law = "U1^T*U1 - U2*U2^T")
public class Huge {
}
