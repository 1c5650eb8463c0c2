package org.lawkeeper.core.model;

import java.util.List;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.model.net.Architecture;

/** Networks written in the layer language, {@code net:[Tx]N>layer>…} (docs/MODELS.md). */
final class NetKind implements ModelKind {
    static final NetKind INSTANCE = new NetKind();

    private NetKind() {
    }

    @Override
    public String word() {
        return "net";
    }

    @Override
    public String form() {
        return "net:[Tx]N>layer>… (layers: dense(n[,bias]), relu, pow(p), gelu, silu, tanh, sigmoid, glu(h), "
                + "swiglu(h), attention(heads=H,dk=K[,dv=V][,linear][,rope]), residual(…), layernorm, rmsnorm, "
                + "moe(experts=E,gate=softmax|nsigmoid,…), conv1d(channels=C,kernel=K), softmax)";
    }

    @Override
    public String example() {
        return "net:2x4>attention(heads=2,dk=2)";
    }

    @Override
    public List<String> defaultFlows() {
        return List.of("gf", "momentum");
    }

    @Override
    public ModelSpec parse(String arguments) throws SpecException {
        return new NetSpec(Architecture.parse(word() + ":" + arguments));
    }
}
