// SPDX-License-Identifier: EPL-2.0
package org.disputatio.views.geometry;

/** An axis-parallel rectangle: its top left corner, its width and its height. */
public record Box(double x, double y, double width, double height) {

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    /** The top left corner: where the box stands. */
    public Point topLeft() {
        return new Point(x, y);
    }

    public Size size() {
        return new Size(width, height);
    }

    public Point center() {
        return new Point(x + width / 2, y + height / 2);
    }

    /** Whether the box has an area. */
    public boolean isEmpty() {
        return width <= 0 || height <= 0;
    }

    public Box movedBy(double dx, double dy) {
        return new Box(x + dx, y + dy, width, height);
    }

    public Box movedBy(Point offset) {
        return movedBy(offset.x(), offset.y());
    }

    /** The box part way to another: {@code s} 0 is this one, 1 the other. */
    public Box towards(Box other, double s) {
        return new Box(x + (other.x - x) * s, y + (other.y - y) * s, width + (other.width - width) * s,
                height + (other.height - height) * s);
    }

    /** This box with a margin all round (a negative one shrinks it). */
    public Box grownBy(double margin) {
        return new Box(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }

    /** Whether the two boxes share some of their inside: boxes that only touch do not overlap. */
    public boolean overlaps(Box other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }

    /** Where the line from the centre towards a point leaves the box. */
    public Point borderPoint(Point toward) {
        Point c = center();
        double dx = toward.x() - c.x();
        double dy = toward.y() - c.y();
        if (dx == 0 && dy == 0) {
            return c;
        }
        double sx = dx == 0 ? Double.POSITIVE_INFINITY : (width / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.POSITIVE_INFINITY : (height / 2) / Math.abs(dy);
        double s = Math.min(sx, sy);
        return new Point(c.x() + dx * s, c.y() + dy * s);
    }

    /** Whether a point lies on the border, within the tolerance. */
    public boolean onBorder(Point p, double tolerance) {
        boolean withinX = p.x() >= x - tolerance && p.x() <= x + width + tolerance;
        boolean withinY = p.y() >= y - tolerance && p.y() <= y + height + tolerance;
        boolean onVertical = Math.abs(p.x() - x) <= tolerance || Math.abs(p.x() - x - width) <= tolerance;
        boolean onHorizontal = Math.abs(p.y() - y) <= tolerance || Math.abs(p.y() - y - height) <= tolerance;
        return withinX && withinY && (onVertical || onHorizontal);
    }
}
