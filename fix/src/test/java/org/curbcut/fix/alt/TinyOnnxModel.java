package org.curbcut.fix.alt;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a tiny ONNX model for the tests, encoding the ModelProto by hand (protobuf wire format):
 * input [1, 3, 8, 8] float → ReduceMean over H and W → output [1, 3], i.e. the mean red, green and
 * blue of the image. With labels "red", "green", "blue", a flat colour image is labelled by colour.
 */
final class TinyOnnxModel {
  private TinyOnnxModel() {}

  static byte[] meanColourClassifier() {
    byte[] inputType = tensorType(1, 3, 8, 8);
    byte[] outputType = tensorType(1, 3);
    byte[] input = msg(str(1, "image"), bytes(2, inputType));
    byte[] output = msg(str(1, "scores"), bytes(2, outputType));
    byte[] axes = msg(str(1, "axes"), varint(8, 2), varint(8, 3), varint(20, 7)); // INTS
    byte[] keepdims = msg(str(1, "keepdims"), varint(3, 0), varint(20, 2)); // INT
    byte[] node = msg(str(1, "image"), str(2, "scores"), str(3, "mean"), str(4, "ReduceMean"),
        bytes(5, axes), bytes(5, keepdims));
    byte[] graph = msg(bytes(1, node), str(2, "mean-colour"), bytes(11, input), bytes(12, output));
    byte[] opset = msg(str(1, ""), varint(2, 13));
    return msg(varint(1, 8), str(2, "curbcut-test"), bytes(7, graph), bytes(8, opset));
  }

  private static byte[] tensorType(long... dims) {
    ByteArrayOutputStream shape = new ByteArrayOutputStream();
    for (long d : dims) shape.writeBytes(bytes(1, varint(1, d)));
    byte[] tensor = msg(varint(1, 1), bytes(2, shape.toByteArray())); // elem_type FLOAT
    return bytes(1, tensor); // TypeProto.tensor_type
  }

  private static byte[] msg(byte[]... fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] f : fields) out.writeBytes(f);
    return out.toByteArray();
  }

  private static byte[] varint(int field, long value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeVarint(out, (long) field << 3);
    writeVarint(out, value);
    return out.toByteArray();
  }

  private static byte[] str(int field, String s) {
    return bytes(field, s.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] bytes(int field, byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeVarint(out, ((long) field << 3) | 2);
    writeVarint(out, data.length);
    out.writeBytes(data);
    return out.toByteArray();
  }

  private static void writeVarint(ByteArrayOutputStream out, long v) {
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }
}
