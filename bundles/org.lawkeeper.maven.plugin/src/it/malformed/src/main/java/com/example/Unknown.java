package com.example;

import org.lawkeeper.api.LawModel;

/** No such kind of model. */
@LawModel("resnet:2,2")
public class Unknown {
}
