package io.atflow.lang.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.xtext.validation.Check;

import io.atflow.lang.atFlow.AtFlowPackage.Literals;
import io.atflow.lang.atFlow.Send;
import io.atflow.lang.model.AtArgument;
import io.atflow.lang.model.AtCommandText;
import io.atflow.lang.model.CommandForm;
import io.atflow.lang.model.StaticEvaluator;

/**
 * Aliyun topic shapes ({@code /sys/<pk>/<dn>/...}, {@code /<pk>/<dn>/user/...}) and ownership: a device may only use
 * the topics of the identity it connects as (AT+QMTCONN user name or AT+QMTCFG="aliauth").
 */
public class TopicValidator extends AtFlowCheckBase {

    @Check
    public void topics(Send send) {
        if (send.getCommand() == null) {
            return;
        }
        AtCommandText cmd = AtCommandText.parse(send.getCommand());
        if (cmd.form() != CommandForm.WRITE) {
            return;
        }
        boolean publish = cmd.name().equals("AT+QMTPUB") || cmd.name().equals("AT+QMTPUBEX");
        List<Integer> indexes = switch (cmd.name()) {
            case "AT+QMTPUB", "AT+QMTPUBEX" -> List.of(4);
            case "AT+QMTSUB" -> step(cmd, 2, 2);
            case "AT+QMTUNS" -> step(cmd, 2, 1);
            default -> List.of();
        };
        StaticEvaluator eval = context.evaluator(send);
        for (int i : indexes) {
            AtArgument a = cmd.arg(i);
            if (a != null && a.quoted()) {
                eval.render(a.template()).ifPresent(topic -> topic(send, a, topic, publish));
            }
        }
    }

    private static List<Integer> step(AtCommandText cmd, int first, int stride) {
        java.util.ArrayList<Integer> out = new java.util.ArrayList<>();
        for (int i = first; i < cmd.args().size(); i += stride) {
            out.add(i);
        }
        return out;
    }

    private void topic(Send send, AtArgument a, String topic, boolean publish) {
        String problem = shape(topic, publish);
        if (problem != null) {
            warningIn(send, Literals.SEND__COMMAND, a.offset(), a.raw().length(), problem, IssueCodes.TOPIC_SHAPE);
            return;
        }
        String[] seg = topic.split("/", -1);
        Optional<String> owner = topic.startsWith("/sys/") ? Optional.of(seg[2] + "/" + seg[3])
                : seg.length > 4 && "user".equals(seg[3]) ? Optional.of(seg[1] + "/" + seg[2]) : Optional.empty();
        Set<String> connected = context.connectedIdentities(send);
        if (owner.isPresent() && !connected.isEmpty() && !owner.get().contains("+") && !connected.contains(owner.get())) {
            warningIn(send, Literals.SEND__COMMAND, a.offset(), a.raw().length(), "topic " + topic + " belongs to "
                    + owner.get() + " but this script connects as " + String.join(", ", new java.util.TreeSet<>(connected)),
                    IssueCodes.TOPIC_OWNERSHIP);
        }
    }

    static String shape(String topic, boolean publish) {
        if (!topic.startsWith("/")) {
            return "Aliyun topics start with '/', e.g. /sys/<productKey>/<deviceName>/thing/event/property/post";
        }
        if (topic.contains("//") || topic.endsWith("/")) {
            return "topic " + topic + " has an empty level";
        }
        if (publish && (topic.contains("+") || topic.contains("#"))) {
            return "a message cannot be published to the wildcard topic " + topic;
        }
        if (topic.startsWith("/sys/") && topic.split("/", -1).length < 5) {
            return "system topics have the shape /sys/<productKey>/<deviceName>/...";
        }
        return null;
    }
}
