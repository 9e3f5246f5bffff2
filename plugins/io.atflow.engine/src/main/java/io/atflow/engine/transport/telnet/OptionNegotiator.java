package io.atflow.engine.transport.telnet;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Telnet option negotiation (RFC 854/855) for one connection. The client asks for the options it wants
 * ({@link #request}: {@code WILL} for its own side, {@code DO} for the peer's), agrees to a peer's request for those
 * and refuses every other option. Following RFC 854, it never answers a request for the state an option is already
 * in, so negotiation cannot loop. {@link #awaitAnswers} waits, bounded, for the peer to answer the requests.
 */
public final class OptionNegotiator {
    /** Where an option stands on one side. */
    public enum Status { OFF, ASKED, ON, REFUSED }

    private final Set<Integer> wantLocal;
    private final Set<Integer> wantRemote;
    private final Sender sender;
    private final Map<Integer, Status> local = new HashMap<>();
    private final Map<Integer, Status> remote = new HashMap<>();

    /**
     * @param wantLocal  options this side offers to perform (answered {@code WILL})
     * @param wantRemote options this side wants the peer to perform (answered {@code DO})
     */
    public OptionNegotiator(Set<Integer> wantLocal, Set<Integer> wantRemote, Sender sender) {
        this.wantLocal = Set.copyOf(wantLocal);
        this.wantRemote = Set.copyOf(wantRemote);
        this.sender = sender;
    }

    /** Sends {@code WILL} for every wanted local option and {@code DO} for every wanted remote one. */
    public void request() throws IOException {
        for (int o : wantLocal.stream().sorted().toList()) {
            ask(local, o, Telnet.WILL);
        }
        for (int o : wantRemote.stream().sorted().toList()) {
            ask(remote, o, Telnet.DO);
        }
    }

    /** Asks unless the peer settled the option first (its own offer may arrive before our request goes out). */
    private void ask(Map<Integer, Status> side, int option, int verb) throws IOException {
        synchronized (this) {
            if (side.getOrDefault(option, Status.OFF) != Status.OFF) {
                return;
            }
            side.put(option, Status.ASKED);
        }
        sender.send(TelnetEncoder.command(verb, option));
    }

    /** Handles {@code IAC verb option} from the peer, answering it when RFC 854 asks for an answer. */
    public void received(int verb, int option) throws IOException {
        byte[] reply;
        synchronized (this) {
            reply = switch (verb) {
                case Telnet.DO -> enable(local, wantLocal, option, Telnet.WILL, Telnet.WONT);
                case Telnet.WILL -> enable(remote, wantRemote, option, Telnet.DO, Telnet.DONT);
                case Telnet.DONT -> disable(local, option, Telnet.WONT);
                case Telnet.WONT -> disable(remote, option, Telnet.DONT);
                default -> null;
            };
            notifyAll();
        }
        if (reply != null) {
            sender.send(reply);
        }
    }

    private static byte[] enable(Map<Integer, Status> side, Set<Integer> wanted, int option, int yes, int no) {
        Status s = side.getOrDefault(option, Status.OFF);
        if (!wanted.contains(option)) {
            return s == Status.REFUSED ? null : refuse(side, option, no);
        }
        side.put(option, Status.ON);
        return s == Status.ASKED || s == Status.ON ? null : TelnetEncoder.command(yes, option);
    }

    private static byte[] refuse(Map<Integer, Status> side, int option, int no) {
        side.put(option, Status.REFUSED);
        return TelnetEncoder.command(no, option);
    }

    private static byte[] disable(Map<Integer, Status> side, int option, int no) {
        Status s = side.getOrDefault(option, Status.OFF);
        side.put(option, Status.REFUSED);
        return s == Status.ON ? TelnetEncoder.command(no, option) : null;
    }

    public synchronized Status local(int option) {
        return local.getOrDefault(option, Status.OFF);
    }

    public synchronized Status remote(int option) {
        return remote.getOrDefault(option, Status.OFF);
    }

    /**
     * Waits until the peer answered every request or {@code millis} passed.
     *
     * @return whether every request was answered
     */
    public synchronized boolean awaitAnswers(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (local.containsValue(Status.ASKED) || remote.containsValue(Status.ASKED)) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    /** The requests still unanswered, e.g. {@code WILL COM-PORT-OPTION}, for a warning. */
    public synchronized String unanswered() {
        StringBuilder b = new StringBuilder();
        local.forEach((o, s) -> append(b, s, Telnet.WILL, o));
        remote.forEach((o, s) -> append(b, s, Telnet.DO, o));
        return b.toString();
    }

    private static void append(StringBuilder b, Status s, int verb, int option) {
        if (s == Status.ASKED) {
            b.append(b.isEmpty() ? "" : ", ").append(Telnet.name(verb, option));
        }
    }
}
