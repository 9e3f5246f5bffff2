package io.atflow.lang.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.xtext.validation.Check;

import io.atflow.aliyun.TopicRights;
import io.atflow.aliyun.TopicRights.Right;
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
        unsupported(send, cmd, eval);
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
        if (owner.isPresent() && !owner.get().contains("+") && !owner.get().contains("#")) {
            String[] pkDn = owner.get().split("/");
            Set<Right> rights = TopicRights.of(pkDn[0], pkDn[1], topic);
            Right needed = publish ? Right.PUBLISH : Right.SUBSCRIBE;
            if (!rights.isEmpty() && !rights.contains(needed)) {
                warningIn(send, Literals.SEND__COMMAND, a.offset(), a.raw().length(), "the topic class of " + topic
                        + " allows " + TopicRights.describe(rights) + ": Aliyun " + (publish
                                ? "disconnects a device that publishes to it (+QMTSTAT follows)"
                                : "refuses the subscription (its SUBACK carries 128, failure)"), IssueCodes.TOPIC_RIGHT);
            }
        }
    }

    /**
     * What Aliyun does not support ("不支持 QoS 2", "不支持 will、retain msg" in its MQTT documentation): a publish
     * with QoS 2 or the retain flag (the device is disconnected), a subscription asking QoS 2 (QoS 1 is granted), a
     * will (never published).
     */
    private void unsupported(Send send, AtCommandText cmd, StaticEvaluator eval) {
        switch (cmd.name()) {
            case "AT+QMTPUB", "AT+QMTPUBEX" -> {
                flag(send, cmd.arg(2), "2", eval, "Aliyun does not support QoS 2 and disconnects a device that"
                        + " publishes with it; use QoS 0 or 1");
                flag(send, cmd.arg(3), "1", eval, "Aliyun does not keep retained messages and disconnects a device"
                        + " that publishes one; write retain 0");
            }
            case "AT+QMTSUB" -> {
                for (int i = 3; i < cmd.args().size(); i += 2) {
                    flag(send, cmd.arg(i), "2", eval, "Aliyun does not support QoS 2: it grants QoS 1"
                            + " (+QMTSUB reports 1)");
                }
            }
            case "AT+QMTCFG" -> {
                AtArgument variant = cmd.arg(0);
                if (variant != null && "\"will\"".equals(variant.raw())) {
                    flag(send, cmd.arg(2), "1", eval, "Aliyun does not support will messages: this will is never"
                            + " published; leave it off (AT+QMTCFG=\"will\",<id>)");
                }
            }
            default -> {
            }
        }
    }

    private void flag(Send send, AtArgument a, String value, StaticEvaluator eval, String message) {
        if (a != null && !a.quoted() && eval.render(a.template()).map(value::equals).orElse(false)) {
            warningIn(send, Literals.SEND__COMMAND, a.offset(), a.raw().length(), message,
                    IssueCodes.ALIYUN_UNSUPPORTED);
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
