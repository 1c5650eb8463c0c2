package models;

import org.lawkeeper.api.Conserves;
import org.lawkeeper.api.LawModel;

/** φ = x1·x2·x3: gradient flow conserves two independent differences of squares. */
@LawModel("product:3")
@Conserves(flow = "gf", law = "x[1]^2 - x[2]^2")
public class Product {
}
