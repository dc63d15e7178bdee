package org.disputatio.render;

import java.util.Map;

import org.disputatio.model.StatementKind;

/**
 * How each kind of element looks, as plain data shared by the screen and the exporters. The
 * colours are the Okabe-Ito palette, safe for colour-blind readers, and no kind is told apart by
 * colour alone: statements differ in outline, relations in arrowhead and dash.
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
    }

    public record EdgeStyle(int color, double width, boolean dashed, Head head) {

        public EdgeStyle faded(int background) {
            return new EdgeStyle(fade(color, background), width, dashed, head);
        }
    }

    /** Three quarters of the way from a colour to the background: still there, no longer read. */
    private static int fade(int color, int background) {
        int faded = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int c = (color >> shift) & 0xFF;
            int b = (background >> shift) & 0xFF;
            faded |= ((c + 3 * b) / 4) << shift;
        }
        return faded;
    }

    private static final int BLUE = 0x0072B2;
    private static final int GREEN = 0x009E73;
    private static final int VERMILLION = 0xD55E00;
    private static final int INK = 0x1A1A1A;
    private static final int GREY = 0x4A4A4A;

    public static final VisualStyle DEFAULT = new VisualStyle(
            Map.of(StatementKind.CLAIM, new NodeStyle(Outline.ROUNDED, 0xE3EFF9, BLUE, INK, GREY),
                    StatementKind.EVIDENCE, new NodeStyle(Outline.DOCUMENT, 0xDDF3EB, GREEN, INK, GREY),
                    StatementKind.REBUTTAL, new NodeStyle(Outline.CUT_CORNERS, 0xFBE5D8, VERMILLION, INK, GREY)),
            new NodeStyle(Outline.DOT, 0x3A3A3A, 0x3A3A3A, INK, GREY),
            new NodeStyle(Outline.DIAMOND, VERMILLION, VERMILLION, INK, GREY),
            new NodeStyle(Outline.FRAME, 0xF4F4F1, 0x9A9A94, GREY, GREY),
            new NodeStyle(Outline.STACK, 0xF4F4F1, GREY, INK, GREY),
            new EdgeStyle(0x3A3A3A, 1.8, false, Head.ARROW),
            new EdgeStyle(VERMILLION, 2.2, false, Head.BAR),
            new EdgeStyle(VERMILLION, 2.2, true, Head.BAR),
            0xFFFFFF, 0xE69F00);

    public NodeStyle statement(StatementKind kind) {
        return statements.get(kind);
    }
}
