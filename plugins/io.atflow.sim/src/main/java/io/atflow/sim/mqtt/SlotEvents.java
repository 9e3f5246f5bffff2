package io.atflow.sim.mqtt;

import io.atflow.sim.core.ModuleCore;

/** Turns what one link's {@link MqttSession} reports into the module's URCs, unless the slot has moved on. */
final class SlotEvents implements MqttSession.Listener {
    private final ModuleCore module;
    private final ClientSlot slot;
    private final int generation;

    SlotEvents(ModuleCore module, ClientSlot slot, int generation) {
        this.module = module;
        this.slot = slot;
        this.generation = generation;
    }

    private boolean current() {
        return slot.generation == generation && slot.state != ClientState.OPENING;
    }

    @Override
    public void connAck(int returnCode) {
        if (!current() || slot.state != ClientState.CONNECTING) {
            return;
        }
        if (returnCode == 0) {
            slot.state = ClientState.CONNECTED;
        }
        module.out().urc("+QMTCONN: " + slot.index + ",0," + returnCode);
    }

    @Override
    public void message(InboundMessage message) {
        if (!current()) {
            return;
        }
        if (slot.settings.recvMode == 1) {
            int buffer = slot.buffers.store(message);
            if (buffer >= 0) {
                module.out().urc("+QMTRECV: " + slot.index + "," + buffer);
            }
        } else {
            module.out().urc(message.urc(slot.index, slot.settings.recvLength));
        }
    }

    @Override
    public void lost(int error) {
        if (!current()) {
            return;
        }
        slot.idle();
        module.out().urc("+QMTSTAT: " + slot.index + "," + error);
    }

    @Override
    public void closed() {
        if (!current()) {
            return;
        }
        String urc = slot.state == ClientState.DISCONNECTING ? "+QMTDISC: " : "+QMTCLOSE: ";
        slot.idle();
        module.out().urc(urc + slot.index + ",0");
    }
}
