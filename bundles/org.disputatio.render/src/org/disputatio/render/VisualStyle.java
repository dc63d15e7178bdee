// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import java.util.Map;

import org.disputatio.model.StatementKind;

/**
 * How each kind of element looks, as plain data shared by the screen and the exporters. The
 * default colours are the Okabe-Ito palette, safe for colour-blind readers; {@link #GREYSCALE} is
 * for printing. No kind is told apart by colour alone: statements differ in outline, relations in
 * arrowhead and dash.
 */
public record VisualStyle(Map<StatementKind, NodeStyle> statements, NodeStyle supportJunction, NodeStyle attackJunction,
        NodeStyle argument, NodeStyle collapsedArgument, EdgeStyle support, EdgeStyle attack, EdgeStyle undercut, int background,
        int selection) {

    public enum Outline {
        /** A claim: a rounded box. */
        ROUNDED,
        /** Evidence: a document with a folded corner. */
        DOCUMENT,
        /** A rebuttal: a box with cut corners. */
        CUT_CORNERS,
        /** Where a linked argument's premises join. */
        DOT,
        /** Where attackers join. */
        DIAMOND,
        /** An argument: a frame around its statements, its title at the top. */
        FRAME,
        /** A collapsed argument: a stack of cards. */
        STACK
    }

    public enum Head {
        /** A filled triangle: supports. */
        ARROW,
        /** A bar across the line: attacks. */
        BAR
    }

    /** Colours as 0xRRGGBB. */
    public record NodeStyle(Outline outline, int fill, int stroke, int text, int caption) {

        /** This style washed out towards a background, for what a filter sets aside. */
        public NodeStyle faded(int background) {
            return new NodeStyle(outline, fade(fill, background), fade(stroke, background), fade(text, background),
                    fade(caption, background));
        }

        /** This style half-way to the background: set back behind a presentation's highlights, still readable. */
        public NodeStyle dimmed(int background) {
            return new NodeStyle(outline, mix(fill, background, 2), mix(stroke, background, 2), mix(text, background, 2),
                    mix(caption, background, 2));
        }
    }

    public record EdgeStyle(int color, double width, boolean dashed, Head head) {

        public EdgeStyle faded(int background) {
            return new EdgeStyle(fade(color, background), width, dashed, head);
        }

        public EdgeStyle dimmed(int background) {
            return new EdgeStyle(mix(color, background, 2), width, dashed, head);
        }

        // Written out: a record's equality goes through method handles made at run time, slow in a
        // short run (the scene compares a style for every line).
        @Override
        public boolean equals(Object other) {
            return other instanceof EdgeStyle e && color == e.color && Double.compare(width, e.width) == 0 && dashed == e.dashed
                    && head == e.head;
        }

        @Override
        public int hashCode() {
            return ((color * 31 + Double.hashCode(width)) * 31 + Boolean.hashCode(dashed)) * 31 + java.util.Objects.hashCode(head);
        }
    }

    /** Three quarters of the way from a colour to the background: still there, no longer read. */
    private static int fade(int color, int background) {
        return mix(color, background, 4);
    }

    /** One part colour to {@code parts - 1} parts background. */
    private static int mix(int color, int background, int parts) {
        int mixed = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int c = (color >> shift) & 0xFF;
            int b = (background >> shift) & 0xFF;
            mixed |= ((c + (parts - 1) * b) / parts) << shift;
        }
        return mixed;
    }

    /** The named colour schemes, for the preferences. */
    public enum Scheme {
        /** The Okabe-Ito palette, safe for colour-blind readers: the default on screen. */
        OKABE_ITO("Okabe-Ito colours"),
        /** Black, white and greys: for printing and for high contrast. */
        GREYSCALE("Greyscale, high contrast (for printing)"),
        /**
         * For projectors, which wash out pale colours and thin lines: black text, saturated fills
         * and strong, thick lines on white. The audience window presents in it.
         */
        PROJECTOR("High contrast, for projectors");

        private final String label;

        Scheme(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public VisualStyle style() {
            return switch (this) {
                case OKABE_ITO -> DEFAULT;
                case GREYSCALE -> VisualStyle.GREYSCALE;
                case PROJECTOR -> VisualStyle.PROJECTOR;
            };
        }
    }

    /** The colours of a scheme; outlines, heads, widths and dashes are the same in all of them. */
    private record Palette(int claimFill, int claim, int evidenceFill, int evidence, int rebuttalFill, int rebuttal,
            int support, int attack, int text, int caption, int background, int selection, double lines) {
    }

    private static final int BLUE = 0x0072B2;
    private static final int GREEN = 0x009E73;
    private static final int VERMILLION = 0xD55E00;
    private static final int INK = 0x1A1A1A;
    private static final int GREY = 0x4A4A4A;
    private static final int BLACK = 0x000000;

    public static final VisualStyle DEFAULT = of(new Palette(0xE3EFF9, BLUE, 0xDDF3EB, GREEN, 0xFBE5D8, VERMILLION,
            0x3A3A3A, VERMILLION, INK, GREY, 0xFFFFFF, 0xE69F00, 1));

    /** Black lines and text on white and light greys, the fills growing darker from Claim to Rebuttal. */
    public static final VisualStyle GREYSCALE = of(new Palette(0xFFFFFF, BLACK, 0xEBEBEB, BLACK, 0xD0D0D0, BLACK,
            BLACK, BLACK, BLACK, 0x333333, 0xFFFFFF, 0x808080, 1));

    /**
     * The Okabe-Ito hues darkened for their outlines and deepened for their fills, pure black
     * text, lines half as thick again; the halo a strong amber.
     */
    public static final VisualStyle PROJECTOR = of(new Palette(0xB9DAF2, 0x005A8C, 0xB5E6D4, 0x00704F, 0xF7C6A6, 0xA84300,
            BLACK, 0xB34700, BLACK, 0x202020, 0xFFFFFF, 0xF0A000, 1.5));

    private static VisualStyle of(Palette p) {
        return new VisualStyle(
                Map.of(StatementKind.CLAIM, new NodeStyle(Outline.ROUNDED, p.claimFill(), p.claim(), p.text(), p.caption()),
                        StatementKind.EVIDENCE, new NodeStyle(Outline.DOCUMENT, p.evidenceFill(), p.evidence(), p.text(), p.caption()),
                        StatementKind.REBUTTAL, new NodeStyle(Outline.CUT_CORNERS, p.rebuttalFill(), p.rebuttal(), p.text(), p.caption())),
                new NodeStyle(Outline.DOT, p.support(), p.support(), p.text(), p.caption()),
                new NodeStyle(Outline.DIAMOND, p.attack(), p.attack(), p.text(), p.caption()),
                // Frames stay neutral in every scheme: they group, they do not classify.
                new NodeStyle(Outline.FRAME, 0xF4F4F1, 0x9A9A94, p.caption(), p.caption()),
                new NodeStyle(Outline.STACK, 0xF4F4F1, p.caption(), p.text(), p.caption()),
                new EdgeStyle(p.support(), 1.8 * p.lines(), false, Head.ARROW),
                new EdgeStyle(p.attack(), 2.2 * p.lines(), false, Head.BAR),
                new EdgeStyle(p.attack(), 2.2 * p.lines(), true, Head.BAR),
                p.background(), p.selection());
    }

    public NodeStyle statement(StatementKind kind) {
        return statements.get(kind);
    }
}
