// SPDX-License-Identifier: EPL-2.0

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;

/**
 * Renders each SVG of this folder into ../icons/full/eview16/ as NAME.png (16 px) and
 * NAME@2x.png (32 px), with JSVG, the rasterizer SWT itself uses for SVG icons. The workbench
 * ships the PNGs so that the first painted window needs no SVG rasterizer (loading it took a
 * few tenths of a second before the map was painted). Not part of the build: run by hand after
 * changing an SVG, from this folder, with the product's JSVG jar:
 * {@code java -Djava.awt.headless=true -cp PRODUCT/plugins/com.github.weisj.jsvg_2.1.0.jar RenderIcons.java}
 */
public final class RenderIcons {

    public static void main(String[] args) throws Exception {
        Path out = Path.of("../icons/full/eview16");
        Files.createDirectories(out);
        try (var svgs = Files.newDirectoryStream(Path.of("."), "*.svg")) {
            for (Path svg : svgs) {
                SVGDocument document = new SVGLoader().load(svg.toUri().toURL());
                String name = svg.getFileName().toString().replace(".svg", "");
                write(document, 16, out.resolve(name + ".png"));
                write(document, 32, out.resolve(name + "@2x.png"));
            }
        }
    }

    private static void write(SVGDocument document, int size, Path file) throws Exception {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        var graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        document.render(null, graphics, new ViewBox(0, 0, size, size));
        graphics.dispose();
        ImageIO.write(image, "png", file.toFile());
    }
}
