import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Writes the Windows ICO and the macOS ICNS of the icon from its PNG renderings, with nothing but the JDK:
 * {@code java installer/IconFiles.java assets/icon}. Both formats can hold PNG images as they are (ICO since
 * Windows Vista, ICNS since Mac OS X 10.5), so each is a small table of contents followed by the PNG files.
 */
public final class IconFiles {

    private static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};
    /** ICNS types holding PNG data, by the pixel size of their image. */
    private static final Map<String, Integer> ICNS_TYPES = new LinkedHashMap<>();

    static {
        ICNS_TYPES.put("icp4", 16);
        ICNS_TYPES.put("icp5", 32);
        ICNS_TYPES.put("icp6", 64);
        ICNS_TYPES.put("ic07", 128);
        ICNS_TYPES.put("ic08", 256);
        ICNS_TYPES.put("ic09", 512);
        ICNS_TYPES.put("ic10", 1024);
    }

    private IconFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "assets/icon");
        Files.write(folder.resolve("octopus-desk.ico"), ico(folder));
        Files.write(folder.resolve("octopus-desk.icns"), icns(folder));
        System.out.println("Wrote octopus-desk.ico and octopus-desk.icns in " + folder);
    }

    /** The PNG of one size, checked to be that size: a wrong rendering must not slip into an installer. */
    private static byte[] png(Path folder, int size) throws IOException {
        Path file = folder.resolve("octopus-desk-" + size + ".png");
        byte[] bytes = Files.readAllBytes(file);
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null || image.getWidth() != size || image.getHeight() != size) {
            throw new IOException(file + " is not a " + size + "×" + size + " PNG image");
        }
        return bytes;
    }

    private static byte[] ico(Path folder) throws IOException {
        byte[][] images = new byte[ICO_SIZES.length][];
        for (int i = 0; i < ICO_SIZES.length; i++) {
            images[i] = png(folder, ICO_SIZES[i]);
        }
        int headerSize = 6 + 16 * images.length;
        ByteBuffer header = ByteBuffer.allocate(headerSize).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) images.length);
        int offset = headerSize;
        for (int i = 0; i < images.length; i++) {
            int size = ICO_SIZES[i];
            // A width or height of 256 is written as 0: the field is one byte.
            header.put((byte) (size == 256 ? 0 : size)).put((byte) (size == 256 ? 0 : size));
            header.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            header.putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.array());
        for (byte[] image : images) {
            out.write(image);
        }
        return out.toByteArray();
    }

    private static byte[] icns(Path folder) throws IOException {
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        for (Map.Entry<String, Integer> type : ICNS_TYPES.entrySet()) {
            byte[] image = png(folder, type.getValue());
            entries.write(type.getKey().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            entries.write(ByteBuffer.allocate(4).putInt(8 + image.length).array());
            entries.write(image);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.write(ByteBuffer.allocate(4).putInt(8 + entries.size()).array());
        out.write(entries.toByteArray());
        return out.toByteArray();
    }
}
