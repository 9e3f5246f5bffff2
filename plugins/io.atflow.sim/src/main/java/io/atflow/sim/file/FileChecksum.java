package io.atflow.sim.file;

/**
 * The checksum AT+QFUPL prints (Quectel FILE AT Commands Manual, AT+QFUPL note 2): bitwise XOR of the data taken as
 * 16-bit words, the first byte of each pair the high 8 bits; an odd last byte is the high 8 bits of a word whose low
 * 8 bits are 0. Printed in lower-case hexadecimal without leading zeros ({@code +QFUPL: 1188,2d13}).
 */
public final class FileChecksum {
    private FileChecksum() {
    }

    public static int of(byte[] data) {
        int sum = 0;
        for (int i = 0; i < data.length; i += 2) {
            int high = data[i] & 0xff;
            int low = i + 1 < data.length ? data[i + 1] & 0xff : 0;
            sum ^= (high << 8) | low;
        }
        return sum;
    }

    public static String hex(byte[] data) {
        return Integer.toHexString(of(data));
    }
}
