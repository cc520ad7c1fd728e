package dev.docent.core.intent;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

/**
 * Model numbers as half-precision floats in base64: half the size of float32 and plenty for
 * classification. A model is always evaluated on the rounded numbers, so its figures are the file's.
 */
public final class HalfFloats {

    private HalfFloats() {
    }

    public static float[] round(float[] values) {
        float[] rounded = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            rounded[i] = Float.float16ToFloat(Float.floatToFloat16(values[i]));
        }
        return rounded;
    }

    public static String encode(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(2 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            buffer.putShort(Float.floatToFloat16(v));
        }
        return Base64.getEncoder().encodeToString(buffer.array());
    }

    public static float[] decode(String base64, int expectedLength, String what) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidIntentModelException(what + " is not base64");
        }
        if (bytes.length != 2 * expectedLength) {
            throw new InvalidIntentModelException(what + " holds " + bytes.length / 2 + " numbers, expected " + expectedLength);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] values = new float[expectedLength];
        for (int i = 0; i < expectedLength; i++) {
            values[i] = Float.float16ToFloat(buffer.getShort());
        }
        return values;
    }
}
