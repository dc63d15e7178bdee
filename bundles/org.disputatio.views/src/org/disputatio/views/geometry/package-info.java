// SPDX-License-Identifier: EPL-2.0
/**
 * Plane geometry as small values: {@link org.disputatio.views.geometry.Point},
 * {@link org.disputatio.views.geometry.Size} and {@link org.disputatio.views.geometry.Box}, in
 * diagram units. They are not part of the model (the saved points and rectangles are
 * {@link org.disputatio.views.Point} and {@link org.disputatio.views.Rectangle}); layout,
 * scene, viewer and presentations pass them. The flat {@code x0, y0, x1, y1, ...} arrays a
 * {@code Surface} draws stay arrays: they are what SWT, AWT and PDF take, built once per shape.
 */
package org.disputatio.views.geometry;
