package io.atflow.lang.validation;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import io.atflow.lang.atFlow.Script;
import io.atflow.lang.atFlow.Send;
import io.atflow.lang.credentials.IdentityMatch;
import io.atflow.lang.model.AtCommandText;
import io.atflow.lang.model.StaticEvaluator;

/** Collects the identities ({@code pk/dn}) a script logs in as. */
final class ConnectedIdentities {
    private ConnectedIdentities() {
    }

    static Set<String> of(Script script, StaticEvaluator eval) {
        Set<String> out = new HashSet<>();
        for (TreeIterator<EObject> it = script.eAllContents(); it.hasNext();) {
            if (!(it.next() instanceof Send send)) {
                continue;
            }
            AtCommandText conn = AliyunValidator.command(send, "AT+QMTCONN");
            if (conn != null && conn.arg(2) != null) {
                eval.render(conn.arg(2).template()).flatMap(IdentityMatch::parseUsername)
                        .ifPresent(id -> out.add(id.productKey() + "/" + id.deviceName()));
            }
            AtCommandText cfg = AliyunValidator.command(send, "AT+QMTCFG");
            if (cfg != null && "aliauth".equals(cfg.subKey()) && cfg.args().size() > 3) {
                Optional<String> pk = eval.render(cfg.arg(2).template());
                Optional<String> dn = eval.render(cfg.arg(3).template());
                if (pk.isPresent() && dn.isPresent() && !pk.get().isEmpty()) {
                    out.add(pk.get() + "/" + dn.get());
                }
            }
        }
        return out;
    }
}
