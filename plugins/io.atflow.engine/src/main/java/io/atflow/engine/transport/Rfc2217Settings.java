package io.atflow.engine.transport;

import java.util.List;

import io.atflow.engine.transport.telnet.ComPort;

/** Serial settings as RFC 2217 COM-PORT-OPTION commands, in the order the RFC recommends. */
final class Rfc2217Settings {
    private Rfc2217Settings() {
    }

    /** One command and its value. */
    record Command(int command, int value) {
        byte[] payload() {
            return command == ComPort.SET_BAUDRATE ? ComPort.baudRate(value) : ComPort.command(command, value);
        }
    }

    /** Baud, data size, parity, stop size, flow control, then DTR and RTS on (a module's AT port wants both). */
    static List<Command> of(SerialSettings s) {
        return List.of(new Command(ComPort.SET_BAUDRATE, s.baud()), new Command(ComPort.SET_DATASIZE, s.dataBits()),
                new Command(ComPort.SET_PARITY, parity(s.parity())),
                new Command(ComPort.SET_STOPSIZE, stop(s.stopBits())),
                new Command(ComPort.SET_CONTROL, flow(s.flowControl())),
                new Command(ComPort.SET_CONTROL, ComPort.CONTROL_DTR_ON),
                new Command(ComPort.SET_CONTROL, ComPort.CONTROL_RTS_ON));
    }

    static int parity(Parity p) {
        return switch (p) {
            case NONE -> ComPort.PARITY_NONE;
            case ODD -> ComPort.PARITY_ODD;
            case EVEN -> ComPort.PARITY_EVEN;
            case MARK -> ComPort.PARITY_MARK;
            case SPACE -> ComPort.PARITY_SPACE;
        };
    }

    static int stop(StopBits s) {
        return switch (s) {
            case ONE -> ComPort.STOP_1;
            case TWO -> ComPort.STOP_2;
            case ONE_POINT_FIVE -> ComPort.STOP_1_5;
        };
    }

    static int flow(FlowControl f) {
        return switch (f) {
            case NONE -> ComPort.CONTROL_FLOW_NONE;
            case XON_XOFF -> ComPort.CONTROL_FLOW_XONXOFF;
            case RTS_CTS -> ComPort.CONTROL_FLOW_HARDWARE;
        };
    }
}
