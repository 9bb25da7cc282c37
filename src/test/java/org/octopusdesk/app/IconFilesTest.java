package org.octopusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the icon files the installers ship (assets/icon, written by installer/IconFiles.java) are what their
 * formats say: every image in the Windows ICO and the macOS ICNS decodes, at the size its entry declares.
 */
class IconFilesTest {

    private static final Path ICONS = Path.of("assets", "icon");

    @Test
    void theIcoHoldsEverySizeWindowsAsksFor() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve("octopus-desk.ico")))
                .order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).isZero();
        assertThat(ico.getShort(2)).as("type: icon").isEqualTo((short) 1);
        int count = ico.getShort(4);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int declared = Byte.toUnsignedInt(ico.get(entry)) == 0 ? 256 : Byte.toUnsignedInt(ico.get(entry));
            int length = ico.getInt(entry + 8);
            int offset = ico.getInt(entry + 12);
            assertThat(image(Arrays.copyOfRange(ico.array(), offset, offset + length))).as("entry %d", i)
                    .satisfies(image -> assertThat(image.getWidth()).isEqualTo(declared))
                    .satisfies(image -> assertThat(image.getHeight()).isEqualTo(declared));
            sizes.add(declared);
        }
        assertThat(sizes).contains(16, 32, 48, 256);
    }

    @Test
    void theIcnsHoldsEverySizeMacOsAsksFor() throws IOException {
        byte[] bytes = Files.readAllBytes(ICONS.resolve("octopus-desk.icns"));
        ByteBuffer icns = ByteBuffer.wrap(bytes);
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(icns.getInt(4)).as("total length").isEqualTo(bytes.length);
        List<String> types = new ArrayList<>();
        int position = 8;
        while (position < bytes.length) {
            String type = new String(bytes, position, 4, StandardCharsets.US_ASCII);
            int length = icns.getInt(position + 4);
            BufferedImage image = image(Arrays.copyOfRange(bytes, position + 8, position + length));
            assertThat(image.getWidth()).as(type).isEqualTo(pixels(type));
            types.add(type);
            position += length;
        }
        assertThat(position).isEqualTo(bytes.length);
        assertThat(types).contains("icp4", "icp5", "ic07", "ic08", "ic09", "ic10");
    }

    @Test
    void theSvgSourceAndTheLinuxPngAreThere() throws IOException {
        assertThat(Files.readString(ICONS.resolve("octopus-desk.svg"))).contains("<svg");
        assertThat(image(Files.readAllBytes(ICONS.resolve("octopus-desk-256.png"))).getWidth()).isEqualTo(256);
    }

    private static int pixels(String icnsType) {
        return switch (icnsType) {
            case "icp4" -> 16;
            case "icp5" -> 32;
            case "icp6" -> 64;
            case "ic07" -> 128;
            case "ic08" -> 256;
            case "ic09" -> 512;
            case "ic10" -> 1024;
            default -> throw new AssertionError("unexpected ICNS entry " + icnsType);
        };
    }

    private static BufferedImage image(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a decodable PNG").isNotNull();
        return image;
    }
}
